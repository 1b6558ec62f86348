/**
 * Families of phrasing from real reporting, each in sentences written for the project (invented events,
 * places and people): short present-tense news items, places the gazetteer does not know, casualty
 * statements, page furniture, and the traps beside them.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../lib/extract';
import { findCounts } from '../../../lib/extract/counts';

const findCountsSummary = (t: string) => findCounts(t).map((c) => [c.field, c.count.best]);

const analyse = (text: string, published = '2025-05-10') => analyseArticle({ text, published });
const main = (text: string, published?: string) => {
  const a = analyse(text, published);
  expect(a.isAttackReport).toBe(true);
  return a.incidents[0];
};

describe('short items in the historic present', () => {
  it('reads an item without a figure or date as the news of the day', () => {
    const m = main('Coalition jets launch airstrikes on rebel positions in Marib Governorate, Yemen.');
    expect(m.weapon.category).toBe('airstrike');
    expect(m.date.value).toBe('2025-05-10');
    expect(m.location?.country).toBe('YE');
  });
  it('reads "are killed" with an aside between the figure and the verb', () => {
    const m = main('Nine herders, among them two teenagers, are killed by gunmen in Kebbi State, Nigeria.');
    expect(m.killed.best).toBe(9);
    expect(m.weapon.category).toBe('gunfire');
  });
  it('an attack noun with its target is an event ("a drone attack on a depot")', () => {
    const m = main('Flames engulf a fuel depot in Bryansk, Russia, after an overnight drone attack on the site.');
    expect(m.weapon.category).toBe('drone');
  });
  it('a country that acts is the perpetrator, not the place', () => {
    const m = main('Ukraine strikes an ammunition depot in Toropets, Tver Oblast, Russia.');
    expect(m.location?.name).toBe('Toropets');
  });
});

describe('short items that are not attack reports', () => {
  it('a reaction that cites attacks is not a report of one', () => {
    expect(analyse('The cabinet declares three days of mourning, citing the attacks on water plants.').isAttackReport).toBe(false);
    expect(analyse('The rebel movement says it will restart attacks on tankers in the Gulf of Aden.').isAttackReport).toBe(false);
  });
  it('a rocket launch by its owner is not an attack', () => {
    expect(analyse('A private firm launches its new heavy rocket on its maiden flight from the spaceport.').isAttackReport).toBe(false);
  });
  it('an execution for an old attack is not a new attack', () => {
    expect(analyse('The state hangs two men for a 2016 bombing that killed 14 people.').isAttackReport).toBe(false);
  });
});

describe('places the gazetteer does not know', () => {
  it('a village before a known region and country is the place, with the region\'s coordinates', () => {
    const m = main('Six villagers are killed by gunmen in Zankwaru, Kaduna State, Nigeria.');
    expect(m.location).toMatchObject({ name: 'Zankwaru', country: 'NG', precision: 'province' });
    expect(m.location?.lat).not.toBeNull();
  });
  it('a named base beats the country it is in', () => {
    const m = main('Two drones struck Al Qurnah Air Base in Iraq, damaging a hangar.');
    expect(m.location?.name).toBe('Al Qurnah Air Base');
    expect(m.location?.country).toBe('IQ');
  });
  it('a district named by its kind', () => {
    const m = main('Four soldiers are killed in an ambush in Shahrak District, Ghor Province, Afghanistan.');
    expect(m.location?.name).toMatch(/^Shahrak/);
    expect(m.location?.country).toBe('AF');
  });
  it('a site described by a common word is not a named site ("a Christmas market in Berlin")', () => {
    const m = main('A man drives a van into a Christmas market in Leipzig, killing three people.');
    expect(m.location?.name).toBe('Leipzig');
  });
  it('group and demonym adjectives are not places', () => {
    const m = main('Twelve Taliban fighters are killed in a bombing in Kunduz, Afghanistan.');
    expect(m.location?.name).toBe('Kunduz');
  });
  it('where a victim comes from is not where it happened', () => {
    const m = main('A fruit picker from Nepal is killed by a rocket in Sderot, Israel.');
    expect(m.location?.name).toBe('Sderot');
  });
});

describe('casualties across a passage', () => {
  it('a named victim, then "five other civilians also died": parts of one toll are added', () => {
    const m = main('A roadside bomb killed local reporter Amal Haddad in Taiz, Yemen, on Monday. Five more civilians also died in the blast.', '2025-05-06');
    expect(m.killed.best).toBe(6);
  });
  it('militants killed apart from the victims are not added', () => {
    const m = main('Four police officers die when insurgents storm a camp in Mandera, Kenya. Scores of attackers are also killed.');
    expect(m.killed.best).toBe(4);
  });
  it('"he died" and "at least 20 were killed" are figures', () => {
    expect(main('The mayor of Lviv was stabbed on stage last night. He died today.').killed.best).toBe(1);
    expect(main('Two bombs exploded at a market in Maiduguri, Nigeria; at least 20 were killed.').killed.best).toBe(20);
  });
  it('"four of whom were injured" gives the figure', () => {
    expect(main('Gunmen opened fire at a party in Dayton, Ohio, attended by 50 people, four of whom were injured.').injured.best).toBe(4);
  });
  it('a comparison with an older attack does not lend its toll or place', () => {
    const m = main('A car bomb exploded at a base in Maidan Shahr, Afghanistan, on Monday, killing twelve. It was the worst since a raid on Herat in March 2017, with over 300 killed.', '2019-01-22');
    expect(m.location?.name).toBe('Maidan Shahr');
    expect(m.killed.best).toBe(12);
  });
});

describe('choosing the place and its country', () => {
  it('the place after a comma says which of two same-named towns', () => {
    const m = main('Three guests are killed in a shooting in Athens, Georgia, United States.');
    expect(m.location).toMatchObject({ name: 'Athens', country: 'US' });
  });
  it('a state that launches strikes is the perpetrator; the target country is the place', () => {
    const m = main('France launches fresh strikes against Mali.');
    expect(m.location?.country).toBe('ML');
  });
  it('the defender that intercepts, or a passive subject, is where it happened', () => {
    expect(main('Israel intercepts a cruise missile launched from Syria.').location?.country).toBe('IL');
    expect(main('Qatar is targeted by nine ballistic missiles from Iran.').location?.country).toBe('QA');
  });
  it('a flag state or a compound adjective is not a place', () => {
    const m = main('A Liberia-flagged tanker is hit by two missiles in the Red Sea.');
    expect(m.location?.name).toBe('Red Sea');
    expect(m.location?.country).toBeNull();
  });
  it('a demonym before a place noun names the country; one before a weapon names the perpetrator', () => {
    const m = main('Jihadist fighters attack a Nigerien army outpost, killing 23 soldiers.');
    expect(m.location?.country).toBe('NE');
    const n = main('An Iranian drone hits Al Dhafra Air Base in the United Arab Emirates, wrecking a hangar.');
    expect(n.location?.country).toBe('AE');
  });
});

describe('the weapon', () => {
  it('weapon words that name things are not the means ("missile sites", "drone footage")', () => {
    expect(main('The army launches strikes on missile sites and drone factories in Saada, Yemen.').weapon.category).toBeNull();
  });
  it('a capitalised weapon word inside a name is not a weapon ("Gurkha Rifles")', () => {
    expect(main('Two Gurkha Rifles soldiers are killed in an ambush in Imphal, India.').weapon.category).toBeNull();
  });
  it('"air and drone strikes" are airstrikes; "was burned" is arson', () => {
    expect(main('The air force conducts air and drone strikes on a base in Kuwait.').weapon.category).toBe('airstrike');
    expect(main('Five people are killed after a town hall in Jacmel, Haiti, was burned by a gang.').weapon.category).toBe('arson');
  });
  it('explosions heard after strikes do not make the strikes bombs', () => {
    expect(main('The navy conducts strikes against Iran, with explosions reported in Bandar Abbas.').weapon.category).toBeNull();
  });
});

describe('full articles', () => {
  it('"the attack" after a comparison with an older attack still means the article\'s own', () => {
    const m = main('A truck bomb hit a police base in Pul-e Alam, Afghanistan, on Monday. Dozens died in the blast. It was the worst since an ambush near Kandahar in 2018 that killed 150. A spokesman later put the toll of the attack at fourteen killed and twenty injured.', '2019-01-22');
    expect(m.location?.name).toMatch(/^Pul-e/);
    expect(m.killed.best).toBe(12);
    expect(m.injured.best).toBe(20);
  });
  it('a toll update with the strikes named between toll and verb is a toll', () => {
    expect(main('The death toll from the shelling of Hodeidah, Yemen, rises to at least 80.').killed.best).toBe(80);
  });
  it('"six minutes later" is no date', () => {
    const m = main('Gunmen opened fire at a mall in Omaha, Nebraska, on Saturday, killing three. Police arrived six minutes later.', '2019-08-05');
    expect(m.date.value).toBe('2019-08-03');
  });
  it('a figure after a semicolon continues the toll ("; around twenty more were injured")', () => {
    expect(main('A bomb killed five people at a market in Taiz, Yemen; around twenty more, including a reporter, were injured.').injured.best).toBe(20);
  });
});

describe('incidents apart and together', () => {
  it('one strike clause naming a list of sites gives an incident at each', () => {
    const a = analyse('Warplanes strike Al Taqaddum Air Base and Al Asad Air Base in Iraq, destroying hangars.');
    expect(a.incidents.map((i) => i.location?.raw)).toEqual(['Al Taqaddum Air Base', 'Al Asad Air Base']);
    expect(a.incidents[1].killed.status).toBe('not_mentioned');
    expect(new Set(a.incidents.map((i) => i.id)).size).toBe(2);
  });
  it('"X in Kuwait and Y in Bahrain": the containers do not break the list', () => {
    const a = analyse('Drones target Camp Buehring in Kuwait and Riffa Air Base in Bahrain.');
    expect(a.incidents.map((i) => i.location?.country)).toEqual(['KW', 'BH']);
  });
  it('a place with its region and country is one place, not a list', () => {
    expect(analyse('Three guests are killed in a shooting in Athens, Georgia, United States.').incidents).toHaveLength(1);
  });
  it('"another drone struck" starts another incident', () => {
    const a = analyse('A drone strike kills nine passengers on a bus near El Fasher, Sudan. Later, another drone struck a clinic in Kutum, setting it on fire.');
    expect(a.incidents.length).toBe(2);
    expect(a.incidents[0].killed.best).toBe(9);
  });
});

describe('detection from the headline', () => {
  it('a headline about something else makes attacks in the text background', () => {
    const text = 'Senate approves new water budget\n\nYesterday, the senate approved a budget for the national water board. The bill passed with 61 votes. Two parties walked out of the session. The minister thanked the chamber. The vote came a week after a drone strike near the capital killed an engineer and nine others. The board must now publish a spending plan.';
    expect(analyse(text, '2020-01-06').isAttackReport).toBe(false);
  });
  it('release on bail is a court story', () => {
    const text = 'Suspect in market shootings released from jail on bond\n\nThe man accused of shooting three people at a market in Denver in August was released from jail on Friday after posting a $2 million bond.';
    expect(analyse(text, '2020-11-21').isAttackReport).toBe(false);
  });
});

describe('the attacker and the response', () => {
  it('the attacker shot by officers is neither another attack nor a victim', () => {
    const a = analyse('A man stabbed four colleagues to death at the city hall in Lyon, France, on Thursday. A fifth colleague was hospitalised with stab wounds. The attacker was later shot dead by officers.', '2019-10-04');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0].killed.best).toBe(4);
    expect(a.incidents[0].injured.best).toBe(1);
  });
  it('a date after a reporting verb is when it was said', () => {
    const m = main('It was announced on Saturday that a prisoner was stabbed at Folsom State Prison in California. Officials said the assault happened on Friday.', '2019-09-03');
    expect(m.date.value).toBe('2019-08-30');
  });
});

describe('a knife attack told across a passage', () => {
  const text = 'Police shoot man dead after knife attack in Leeds\n\nOn Sunday in Leeds, England, a man in a fake explosive belt took a knife from a shop and began to stab passers-by. Witnesses say he wounded a boy and two women on Briggate. Officers shot him dead minutes later.\n\nThe man was named as Omar Wakefield, 20. The two women were in stable condition. Wakefield had left prison a week earlier.';
  it('the stabbing is the incident; its victims are in the next sentence; "stable condition" means none killed', () => {
    const m = main(text, '2020-02-03');
    expect(m.weapon.category).toBe('melee');
    expect(m.injured.best).toBe(3);
    expect(m.killed).toMatchObject({ best: 0, status: 'none_reported' });
    expect(m.date.value).toBe('2020-02-02');
  });
  it('a fake vest is not a weapon, and a surname is not a town wherever it stands', () => {
    const a = analyse(text, '2020-02-03');
    expect(a.incidents.map((i) => i.weapon.category)).not.toContain('suicide_bombing');
    expect(a.incidents.map((i) => i.location?.name)).not.toContain('Wakefield');
  });
});

describe('more place families', () => {
  it('the country at the end of a chain resolves every link, even through a region the data spells otherwise', () => {
    const m = main('Seven traders are killed in a car bombing in Jowhar, Middle Shabeelle Region, Somalia.');
    expect(m.location?.country).toBe('SO');
  });
  it('a crossing named by a word that ends like a demonym is still a site', () => {
    expect(main('A guard is wounded in a shooting at the Jalamah crossing in the West Bank.').location?.name).toBe('Jalamah crossing');
  });
  it('"the X region" is the place when nothing smaller is named', () => {
    expect(main('Armed groups clash across the Karamoja region, Uganda, killing at least 40 people.').location?.name).toBe('Karamoja region');
  });
  it('"the X war" is not a place; cargo weapons are not the means', () => {
    expect(main('Israel intercepts a cruise missile launched from Syria, the third since the Lebanon war resumed.').location?.country).toBe('IL');
    expect(main('Eleven crew are killed when an air strike destroys a cargo plane carrying drones at Kassala Airport, Sudan.').weapon.category).toBe('airstrike');
  });
  it('present-tense verb-first tolls, killed and injured in one clause', () => {
    const m = main('Enemy airstrikes kill 17 people and injure 41 in Nabatieh, Lebanon.');
    expect([m.killed.best, m.injured.best]).toEqual([17, 41]);
  });
});

describe('an attack on a named person, told across sentences', () => {
  const text = 'Minister stabbed in Java\n\nYesterday, the country\'s interior minister Rahmat was stabbed, according to officials. Rahmat, who was touring the town of Cilegon in Banten province, survived the assault.\n\nHis driver and two guards were also injured.';
  it('the place comes from the sentence that refers back; the victim, the chief and two others add up', () => {
    const m = main(text, '2019-10-11');
    expect(m.location?.name).toBe('Cilegon');
    expect(m.injured.best).toBe(4);
    expect(m.killed).toMatchObject({ best: 0, status: 'none_reported' });
    expect(m.date.value).toBe('2019-10-10');
  });
  it('an attack noun with "that day" before its target reports the attack, dated by the day named before it', () => {
    const m = main('On Friday, the army said a raid that day on an outpost near Tikrit caused no casualties. Eleven rockets landed near the outpost.', '2019-11-10');
    expect(m.date.value).toBe('2019-11-08');
    expect(m.projectiles.best).toBe(11);
  });
});

describe('reactions that hang an attack on a phrase', () => {
  it('arrests, rallies and closures "after" or "against" strikes are not reports', () => {
    expect(analyse('Detectives arrest two men following a bombing at a bar in Quito that wounded 30 people.').isAttackReport).toBe(false);
    expect(analyse('Students rally in central Oslo against air strikes on Yemen.').isAttackReport).toBe(false);
    expect(analyse('Jordan closes its airspace amid Iranian missile strikes on Israel.').isAttackReport).toBe(false);
  });
  it('but a phrase with a verb of its own reports the attack', () => {
    expect(analyse('A man has been arrested after the mayor of Poznań was stabbed on stage last night.').isAttackReport).toBe(true);
  });
});

describe('more phrasing families from short items', () => {
  it('"drones strike oil facilities": a weapon subject with a bare object is the event', () => {
    expect(main('Drones strike fuel tanks at the port of Duqm, causing fires.').weapon.category).toBe('drone');
  });
  it('a toll update whose complement holds an abbreviation ("U.S.") is a toll', () => {
    expect(main('The toll from last week\'s U.S. strikes on Mogadishu, Somalia, climbs to 60 people.').killed.best).toBe(60);
  });
  it('a date after "since" that names no attack bounds a period, not the incident', () => {
    expect(main('Six people are killed by shelling in Tyre, Lebanon, the worst day since the truce began nearly four months ago.', '2025-03-22').date.value).toBe('2025-03-22');
  });
  it('an organisation named "Doctors Union" is not a medical context', () => {
    expect(analyse('Militiamen shoot dead more than 150 villagers in raids around Geneina, Sudan, the Kordofan Doctors Union says.').isAttackReport).toBe(true);
  });
  it('a site with a dash in its name ("East–West Pipeline")', () => {
    expect(main('Oman\'s North–South Pipeline is hit in a drone attack.').location?.name).toBe('North–South Pipeline');
  });
});

describe('page structure', () => {
  it('datelines in every common form give the filing place and date, not the incident\'s', () => {
    expect(main('BEIRUT: An Israeli drone strike killed two people in Nabatieh on Monday, officials said.', '2024-06-05').location?.name).toBe('Nabatieh');
    expect(main('Lagos — Gunmen killed five villagers in Zamfara State overnight, police said.', '2024-06-05').location?.name).toBe('Zamfara State');
    const m = main('KYIV, June 5 (Reuters) - Russian missiles struck Kharkiv on Tuesday, killing four people.', '2024-06-05');
    expect([m.location?.name, m.date.value]).toEqual(['Kharkiv', '2024-06-04']);
  });
  it('bylines, date stamps, "Read also" lines and photo credits are not facts', () => {
    const text = 'Gunmen kill five in Kano market attack\n\nBy Amina Yusuf and John Doe\n\nPublished: June 5, 2024\n\nGunmen killed five traders at a market in Kano on Tuesday, police said.\n\nRead also: Three killed in Kaduna church attack last month\n\nPhoto: Traders gather at the market in Zaria after the attack (AFP)';
    const a = analyse(text, '2024-06-05');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0]).toMatchObject({ location: { name: 'Kano' }, date: { value: '2024-06-04' }, killed: { best: 5 } });
  });
});

describe('a party\'s claim versus a reported figure', () => {
  it('the figure journalists report replaces the figure a party claims', () => {
    const m = main('The government claims enemy jets bombed a clinic in Herat, killing over 400 people. Reporters at the scene count at least 30 dead from the bombing.');
    expect(m.killed.best).toBe(30);
    expect(m.weapon.category).toBe('airstrike');
  });
  it('a claim stands when it is the only figure', () => {
    expect(main('The rebels claim they killed 90 soldiers in an ambush near Goma, Congo.').killed.best).toBe(90);
  });
});

describe('one attack told twice', () => {
  it('a standfirst that says "airstrike" and a lead that says "drone strike" are one incident', () => {
    const text = 'Dozens killed in strike on farmers\n\nAn airstrike in Paktia mistakenly kills at least 20 harvest workers.\n\nDozens of civilians died after a drone strike hit a group of harvesters in Paktia province, Afghanistan, late on Wednesday, officials said.';
    expect(analyse(text, '2019-09-19').incidents).toHaveLength(1);
  });
  it('"the army on Monday said" dates the statement, not a second attack', () => {
    const a = analyse('A drone strike killed at least 60 mourners on Sunday in a village in Sokoto State, Nigeria. The army on Monday said one of its drones had struck the crowd by mistake.', '2023-12-05');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0].date.value).toBe('2023-12-03');
  });
});

describe('passages that locate the attack after the lead', () => {
  const dateline = 'Mosul: At least 14 people died when a car bomb went off at a busy market in Iraq on Tuesday, an official said.\nThe explosion happened near a vegetable market in the northern city of Tal Afar, police said.';
  it('a capitalised dateline with a colon is not the place; a later sentence about the blast is', () => {
    const m = main(dateline, '2017-12-27');
    expect(m.location?.name).toBe('Tal Afar');
    expect(analyse(dateline, '2017-12-27').incidents).toHaveLength(1);
  });
  it('a trend after "follows" ("a sharp rise in attacks") is not another incident', () => {
    const a = analyse('A car bomb exploded on Wednesday at a market in west Mosul, killing 9 people. The blast, which hit the Bab al-Tob market in the city\'s old quarter, follows a sharp rise in attacks in Iraq last month.', '2008-06-04');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0].date.value).toBe('2008-06-04');
  });
  it('a country inside a site\'s name is its owner: the embassy is where the text puts it', () => {
    const m = main('Rockets hit the French Embassy in Tripoli on Tuesday.', '2019-12-31');
    expect(m.location?.country).toBe('LY');
  });
});

describe('launches and tests', () => {
  it('a missile fired into the sea that hit nothing is a test, not an attack', () => {
    expect(analyse('Northland fires long-range ballistic missile into sea\n\nNorthland launched a long-range ballistic missile into the sea off its west coast on Saturday. Officials said the missile landed in waters inside the exclusive economic zone but there were no reports of damage.', '2024-04-22').isAttackReport).toBe(false);
    expect(analyse('The missile, launched off the east coast, flew about 800km and fell into the water.', '2024-04-22').isAttackReport).toBe(false);
  });
  it('a missile that hits a town is an attack even when it was launched from the coast', () => {
    expect(analyse('A ballistic missile launched from the coast struck an apartment block in Odesa, Ukraine, killing four people.', '2024-04-22').isAttackReport).toBe(true);
  });
});

describe('crime-desk phrasing', () => {
  it('"arrested after an argument led to a double stabbing Monday evening" reports the stabbing', () => {
    expect(analyse('A 40-year-old man was detained after a quarrel led to a double stabbing Monday evening, police said.', '2023-02-07').isAttackReport).toBe(true);
  });
  it('"suffered serious injuries" is an injury figure', () => {
    expect(findCountsSummary('Two guards suffered serious injuries in the attack.')).toEqual([['injured', 2]]);
  });
  it('a town joined to another name by a hyphen is part of that name; a city\'s police stay in the city', () => {
    const m = main('Gunmen shot two people in the Payne-Phalen area of Duluth, Minnesota, on Sunday.', '2020-10-05');
    expect(m.location?.name).not.toBe('Payne');
  });
});

describe('"the same base"', () => {
  it('an earlier attack "on the same base" is at the place the article already named', () => {
    const a = analyse('Three rockets struck near Erbil International Airport on Tuesday, wounding two civilians. The airport has been targeted before. In January, a drone attack on the same base caused no casualties.', '2024-03-13');
    expect(a.incidents).toHaveLength(2);
    expect(a.incidents[1].location?.name).toBe('Erbil International Airport');
  });
});

describe('owners, origins and verb-first tolls with a place after them', () => {
  it('"Oman\'s North–South Pipeline": the owner country is where the site is', () => {
    expect(main('Oman\'s North–South Pipeline is hit in a drone attack.').location).toMatchObject({ name: 'North–South Pipeline', country: 'OM' });
  });
  it('a launch "from its bases in" a country makes that country the origin; the target is the place', () => {
    expect(main('The militia fires a cruise missile from its bases in Syria towards Israel.').location?.country).toBe('IL');
  });
  it('a verb-first injured figure followed by a place phrase ("across …")', () => {
    expect(main('Artillery barrages kill at least 9 people and wound 22 across southern Lebanon.').injured.best).toBe(22);
  });
});
