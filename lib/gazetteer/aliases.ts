/**
 * Alternative spellings that conflict reporting uses for cities, regions and countries, attached at
 * load time to a place of the GeoNames data. One line per place:
 *   kind|country|target|display|aliases separated by ;
 *   kind     city, admin1 or country
 *   target   the name as it stands in the data (folded before matching, so accents and "al-" do not
 *            matter); the most populous match in that country is taken
 *   display  a better-known English name to show instead (GeoNames prefers "Al Fallūjah"), or empty
 * A unit test checks that every line finds its place, so a typo or a data update shows up in CI.
 * All-uppercase aliases (US, UAE) only match uppercase text.
 */
export const ALIASES_TXT = `
# --- countries: short forms and older names reporting still uses (demonyms are deliberately absent)
country|US|United States||US;U.S.;USA;U.S.A.;America;United States of America;the States
country|GB|United Kingdom||UK;U.K.;Britain;Great Britain
country|AE|United Arab Emirates||UAE;U.A.E.;Emirates
country|CD|DR Congo||DRC;DR Congo;Democratic Republic of Congo;Congo-Kinshasa
country|CG|Republic of the Congo||Congo-Brazzaville;Congo Republic
country|SA|Saudi Arabia||KSA;Kingdom of Saudi Arabia
country|KP|North Korea||DPRK
country|KR|South Korea||ROK;Republic of Korea
country|TR|Türkiye|Turkey|Turkey;Turkiye;Türkiye
country|CI|Ivory Coast||Cote d'Ivoire;Côte d'Ivoire
country|MM|Myanmar||Burma
country|CZ|Czechia||Czech Republic
country|NL|Netherlands||Holland;The Netherlands
country|PS|Palestine||Palestinian territories;occupied Palestinian territories;Occupied Palestinian Territory;State of Palestine
country|SY|Syria||Syrian Arab Republic
country|RU|Russia||Russian Federation
country|IR|Iran||Islamic Republic of Iran
country|VA|Vatican City||Vatican;Holy See
country|CV|Cape Verde||Cabo Verde
country|SZ|Eswatini||Swaziland
country|MK|North Macedonia||Macedonia
country|TL|Timor-Leste||East Timor
country|GM|Gambia||The Gambia
country|BA|Bosnia and Herzegovina||Bosnia
country|SS|South Sudan||Republic of South Sudan
# --- capitals and big cities known by a shorter name
city|US|Washington|Washington|Washington;Washington DC;Washington D.C.
city|US|New York City||New York;NYC
# --- Iraq
city|IQ|Erbil||Arbil;Irbil;Hawler;Hewler;Erbeel
city|IQ|Mosul||Mawsil;Al-Mawsil;Mossul
city|IQ|Basrah|Basra|Basra;Al-Basra;Basrah
city|IQ|Baghdad||Bagdad
city|IQ|As Sulaymānīyah|Sulaymaniyah|Sulaymaniyah;Sulaimaniyah;Suleimaniyah;Sulaimani;Slemani;Silemani;Sulaymaniya
city|IQ|Nasiriyah||Nasiriya;Nassiriya;Nasseriya;Al-Nasiriyah
city|IQ|Ad Dīwānīyah|Diwaniyah|Diwaniya;Diwaniyah;Al-Diwaniyah;Diwaniyeh
city|IQ|Al Fallūjah|Fallujah|Fallujah;Falluja;Fallouja
city|IQ|Ramadi||Ar-Ramadi;Al-Ramadi
city|IQ|Tikrīt|Tikrit|Tikrit
city|IQ|Kirkuk||Karkuk;Kerkuk
city|IQ|Najaf||Al-Najaf;An-Najaf
city|IQ|Karbala||Kerbala;Karbalaa
city|IQ|Al ‘Amārah|Amarah|Amara;Amarah;Al-Amarah
city|IQ|Al Kūt|Kut|Kut;Al-Kut
city|IQ|Al Ḩillah|Hillah|Hilla;Hillah;Al-Hillah
city|IQ|Dihok|Duhok|Duhok;Dohuk;Dahuk;Dihok
city|IQ|Sāmarrā’|Samarra|Samarra
city|IQ|As Samawah|Samawah|Samawa;Samawah;Al-Samawah
city|IQ|Baqubah||Baquba;Baqouba;Baaquba
city|IQ|Zaxo|Zakho|Zakho;Zakhu
city|IQ|Tuz Khurmatu|Tuz Khurmatu|Tuz Khurmatu;Tuz Khormato;Tuz Khurmato
city|IQ|Al Miqdādīyah|Muqdadiyah|Muqdadiya;Muqdadiyah;Miqdadiyah
city|IQ|Halabja|Halabja|Halabja
city|IQ|Sinjār|Sinjar|Sinjar;Shingal
city|IQ|Bayjī|Baiji|Baiji;Beiji
city|IQ|Ḩadīthah|Haditha|Haditha;Hadithah
city|IQ|Hīt|Hit|Heet
city|IQ|Abū Ghurayb|Abu Ghraib|Abu Ghraib;Abu Ghurayb
city|IQ|Az Zubayr|Zubair|Zubair;Zubayr
city|IQ|Umm Qaşr|Umm Qasr|Umm Qasr
city|IQ|Ar Rutbah|Rutba|Rutba;Rutbah
city|IQ|Al Qā’im|Al-Qaim|Al-Qaim;Qaim;Al Qaim
city|IQ|‘Anah|Anah|Anah
city|IQ|Tall ‘Afar|Tal Afar|Tal Afar;Tel Afar;Talafar
city|IQ|Kufa||Kufah;Al-Kufa
city|IQ|Balad||Balad town
# --- Iraq regions: GeoNames admin1 names, with the spellings in reporting
admin1|IQ|Dhi Qar||Dhi Qar;Thi Qar;Dhiqar;Zi Qar
admin1|IQ|Al-Qadisiyah|Al-Qadisiyah|Qadisiyah;Qadisiyyah;al-Qadisiyyah;Qadisiya;Diwaniyah province
admin1|IQ|Diyala||Diala
admin1|IQ|Nineveh||Ninawa;Ninewa;Ninevah;Nineveh Governorate
admin1|IQ|Salah ad Din|Salahuddin|Salahuddin;Salah al-Din;Salahaddin;Salah ad-Din
admin1|IQ|Anbar||Al-Anbar;Al Anbar
admin1|IQ|Babil||Babylon province
admin1|IQ|Wasit||Wassit
admin1|IQ|Maysan||Missan;Maysan province
admin1|IQ|Muthanna||Al-Muthanna
admin1|IQ|Sulaymaniyah||Sulaimaniyah;Slemani;Suleimaniyah
admin1|IQ|Erbil||Arbil;Irbil;Hawler
admin1|IQ|Duhok||Dohuk;Dahuk
# --- Syria
city|SY|Aleppo||Halab;Alep
city|SY|Damascus||Dimashq
city|SY|Homs||Hims
city|SY|Ḩamāh|Hama|Hama;Hamah;Hamaa
city|SY|Latakia||Lattakia;Latakiyah;Al-Ladhiqiyah
city|SY|Deir ez-Zor||Deir al-Zour;Deir al-Zor;Deir Ezzor;Dayr az Zawr;Deir el-Zor;Deir Zor;Deirezzor
city|SY|Ar Raqqah|Raqqa|Raqqa;Rakka;Raqa;Al-Raqqa
city|SY|Idlib||Idleb
city|SY|Dar‘ā|Daraa|Daraa;Deraa;Dara'a;Dera'a
city|SY|Al Ḩasakah|Hasakah|Hasakah;Hasaka;Al-Hasakah;Al-Hasakeh
city|SY|Ālbū Kamāl|Albu Kamal|Albu Kamal;Abu Kamal;Al-Bukamal;Boukamal;Bukamal
city|SY|Al Mayādīn|Mayadin|Mayadin;Al-Mayadeen;Mayadeen
city|SY|Tadmur|Palmyra|Palmyra
city|SY|‘Ayn al ‘Arab|Kobani|Kobani;Kobane;Ain al-Arab;Ayn al-Arab
city|SY|‘Afrīn|Afrin|Afrin
city|SY|I‘zāz|Azaz|Azaz;Aazaz;A'zaz
city|SY|Manbij||Manbej;Menbij
city|SY|Tartus|Tartus|Tartus;Tartous;Tartous city
city|SY|Al Qāmishlī|Qamishli|Qamishli;Qamishly;Al-Qamishli;Kamishli
city|SY|As-Suwayda|Suwayda|Suwayda;Sweida;Sweida city;Suweida
city|SY|Khān Shaykhūn|Khan Shaykhun|Khan Sheikhoun;Khan Shaykhun
city|SY|Jisr ash Shughūr|Jisr al-Shughur|Jisr al-Shughur;Jisr ash-Shughur;Jisr al-Shugour
city|SY|Sarāqib|Saraqib|Saraqeb;Saraqib
city|SY|Al Bāb|Al-Bab|Al-Bab
city|SY|Tall Abyaḑ|Tal Abyad|Tal Abyad;Tell Abyad;Girê Spî
city|SY|Ash Shaddādah|Al-Shaddadi|Shaddadi;Al-Shaddadi;Shadadi
city|SY|Jarābulus|Jarabulus|Jarabulus;Jarablus
admin1|SY|Rif-dimashq|Rif Dimashq|Rif Dimashq;Damascus countryside;Rural Damascus;Reef Dimashq;Damascus Countryside
admin1|SY|Deir ez-Zor||Deir al-Zour;Deir Ezzor;Dayr az Zawr
admin1|SY|Al-Hasakah|Hasakah|Hasakah;Hasaka;Al-Hasakah
admin1|SY|Suwayda||Sweida;As-Suwayda
admin1|SY|Raqqa||Raqqah;Ar-Raqqah
admin1|SY|Daraa||Deraa;Dara'a
admin1|SY|Idlib||Idleb
admin1|SY|Latakia||Lattakia
admin1|SY|Quneitra||Qunaitra;Kuneitra
# --- Lebanon, Israel, Palestine, Jordan
city|LB|Beirut||Bayrut;Beyrouth
city|LB|Tyre||Sour;Sur
city|LB|Sidon||Saida;Sayda
city|LB|Tripoli||Trablous;Tarablus
city|LB|Nabatîyé et Tahta|Nabatieh|Nabatieh;Nabatiyeh;Nabatiye;Nabatieh town
city|LB|Baalbek||Baalbeck;Baalbak
city|LB|Bent Jbaïl|Bint Jbeil|Bint Jbeil;Bint Jbail
admin1|LB|Nabatieh||Nabatiyeh;Nabatiye
admin1|LB|Bekaa||Beqaa;Bekaa Valley;Beqaa Valley
admin1|LB|South Governorate|South Lebanon|South Lebanon;southern Lebanon
city|PS|Gaza||Gaza City;Ghazzah
city|PS|Khān Yūnis|Khan Younis|Khan Younis;Khan Yunis;Khan Yunes
city|PS|Rafaḩ|Rafah|Rafah
city|PS|Dayr al Balaḩ|Deir al-Balah|Deir al-Balah;Deir el-Balah;Deir al Balah
city|PS|Jabālyā|Jabalia|Jabalia;Jabaliya;Jabalya
city|PS|Bayt Lāhyā|Beit Lahia|Beit Lahia;Beit Lahiya;Beit Lahya
city|PS|Bayt Ḩānūn|Beit Hanoun|Beit Hanoun;Beit Hanun
city|PS|Janīn|Jenin|Jenin;Jenine;Janin
city|PS|Nablus||Nabulus;Shechem
city|PS|Ramallah||Ramalla
city|PS|Hebron||Al-Khalil
city|PS|Ţūlkarm|Tulkarm|Tulkarm;Tulkarem;Tulkarem city
city|PS|Qalqīlyah|Qalqilya|Qalqilya;Qalqilyah
city|PS|Bethlehem||Beit Lahm
city|IL|Jerusalem||Al-Quds;Yerushalayim
city|IL|Tel Aviv||Tel Aviv-Yafo;Tel-Aviv
city|IL|Haifa||Hefa;Haifah
city|IL|Beersheba||Be'er Sheva;Beer Sheva;Beersheva
city|IL|Ashkelon||Ashqelon;Asqalan
city|IL|Eilat||Elat
city|JO|Amman||Ammaan
# --- Yemen
city|YE|Sanaa||Sana'a;Sanaa city
city|YE|Al Ḩudaydah|Hodeidah|Hodeidah;Hudaydah;Hodeida;Al-Hudaydah;Hudayda
city|YE|Aden||Adan
city|YE|Taiz|Taiz|Taiz;Taizz;Ta'izz
city|YE|Ma’rib|Marib|Marib;Ma'rib
city|YE|Şa‘dah|Saada|Saada;Sadah;Sa'dah;Saadah
city|YE|Al Mukallā|Mukalla|Mukalla;Al-Mukalla
admin1|YE|Muhafazat Hadramaout|Hadramawt|Hadramawt;Hadramout;Hadhramaut;Hadramaut
admin1|YE|Amanat Alasimah|Sanaa City|Amanat al-Asimah;Sanaa capital
admin1|YE|Al Hudaydah|Hodeidah|Hodeidah;Hudaydah;Hodeidah governorate
admin1|YE|Ma’rib|Marib|Marib;Ma'rib
admin1|YE|Şa‘dah|Saada|Saada;Sadah;Sa'dah
admin1|YE|Ta‘izz|Taiz|Taiz;Taizz
# --- Gulf, Iran, Turkey
city|SA|Riyadh||Ar-Riyadh;Er Riyadh
city|SA|Jeddah||Jidda;Jiddah
city|SA|Mecca||Makkah;Makka
city|SA|Medina||Madinah;Al-Madinah
city|IR|Tehran||Teheran
city|IR|Isfahan||Esfahan;Ispahan
city|IR|Kermanshah||Kirmanshah
city|IR|Ahvaz||Ahwaz
city|TR|Istanbul||Constantinople
city|TR|Şanlıurfa|Sanliurfa|Urfa;Sanliurfa
city|TR|Gaziantep||Antep
# --- Afghanistan and Pakistan
city|AF|Kabul||Kabol
city|AF|Kandahar||Qandahar;Kandahār
city|AF|Herat||Hirat
city|AF|Mazār-e Sharīf|Mazar-i-Sharif|Mazar-i-Sharif;Mazar-e-Sharif;Mazar e Sharif;Mazar-i Sharif
city|AF|Jalālābād|Jalalabad|Jalalabad
city|AF|Kunduz||Kondoz;Qunduz
city|AF|Lashkar Gāh|Lashkar Gah|Lashkar Gah;Lashkargah
city|AF|Ghazni||Ghazna
admin1|AF|Ghowr|Ghor|Ghor;Ghowr
admin1|AF|Khowst|Khost|Khost;Khowst
admin1|AF|Oruzgan|Uruzgan|Uruzgan;Urozgan
admin1|AF|Maidan Wardak Province|Wardak|Wardak;Maidan Wardak;Wardag
city|PK|Peshawar||Pishawar
city|PK|Quetta||Kwatah
admin1|PK|Khyber Pakhtunkhwa||Khyber-Pakhtunkhwa;North-West Frontier Province;NWFP;Pakhtunkhwa
admin1|PK|Balochistan||Baluchistan;Balochistan province
# --- Ukraine and Russia
city|UA|Kyiv||Kiev;Kyyiv;Kiew
city|UA|Kharkiv||Kharkov;Charkiw
city|UA|Odesa|Odesa|Odesa;Odessa
city|UA|Lviv||Lvov;Lwow;Lemberg
city|UA|Dnipro||Dnepr;Dnipropetrovsk;Dnepropetrovsk
city|UA|Zaporizhzhya|Zaporizhzhia|Zaporizhzhia;Zaporizhia;Zaporozhye;Zaporozhe
city|UA|Mykolayiv|Mykolaiv|Mykolaiv;Nikolaev;Nikolayev
city|UA|Kherson||Cherson
city|UA|Mariupol||Mariupil
city|UA|Donetsk||Donetsk city
city|UA|Luhansk||Lugansk
city|UA|Bakhmut||Artemovsk;Artemivsk
city|UA|Kramatorsk||Kramatorsk city
city|UA|Sloviansk|Sloviansk|Slovyansk;Slavyansk;Sloviansk
city|UA|Avdiivka|Avdiivka|Avdiivka;Avdeevka
city|UA|Chernihiv||Chernigov
city|UA|Sumy||Sumi
city|UA|Vinnytsya|Vinnytsia|Vinnitsa;Vinnytsya
city|UA|Kryvyy Rih|Kryvyi Rih|Krivoy Rog;Kryvyy Rih
city|UA|Sevastopol||Sebastopol
city|UA|Simferopol||Simferopol city
city|UA|Kerch||Kertch
city|UA|Melitopol||Melitopol city
admin1|UA|Donetsk||Donetsk Oblast;Donetsk region
admin1|UA|Luhansk||Lugansk;Luhansk Oblast
admin1|UA|Kharkiv||Kharkov;Kharkiv Oblast
admin1|UA|Zaporizhzhia||Zaporizhia;Zaporozhye;Zaporizhzhia Oblast
admin1|UA|Kherson||Kherson Oblast
admin1|UA|Odesa||Odessa;Odesa Oblast
admin1|UA|Dnipropetrovsk||Dnipropetrovsk Oblast;Dnipro region
admin1|UA|Mykolaiv||Nikolaev;Mykolaiv Oblast
admin1|UA|Sumy||Sumy Oblast
admin1|UA|Crimea||Crimea;Autonomous Republic of Crimea;Krym
city|RU|Belgorod||Bilhorod
city|RU|Rostov-na-Donu|Rostov-on-Don|Rostov-on-Don;Rostov
city|RU|Saint Petersburg||St Petersburg;St. Petersburg;Petersburg;Leningrad
city|RU|Moscow||Moskva
city|RU|Novorossiysk||Novorossiisk
city|RU|Groznyy|Grozny|Grozny
city|RU|Makhachkala||Makhachkala city
admin1|RU|Kursk Oblast|Kursk Oblast|Kursk region
admin1|RU|Belgorod Oblast|Belgorod Oblast|Belgorod region
admin1|RU|Bryansk Oblast|Bryansk Oblast|Bryansk region
admin1|RU|Chechnya||Chechen Republic;Chechnia
admin1|RU|Dagestan||Daghestan
# --- Africa
city|SO|Mogadishu||Muqdisho;Mogadiscio;Xamar
city|SO|Kismayo||Kismaayo;Chisimaio
city|SO|Baidoa||Baydhabo
city|SO|Beledweyne||Beled Weyne;Belet Weyne;Beletweyne
city|SO|Hargeysa|Hargeisa|Hargeisa
city|SO|Garoowe|Garowe|Garowe
city|SO|Bosaso||Bossaso;Boosaaso
city|SO|Gaalkacyo|Galkayo|Galkayo;Galkacyo
city|LY|Tripoli||Tarabulus;Trablus
city|LY|Benghazi||Bengasi;Banghazi
city|LY|Misratah|Misrata|Misrata;Misurata;Misratah
city|LY|Sirte||Surt;Sirt
city|LY|Darnah|Derna|Derna;Darnah
city|LY|Sabhā|Sabha|Sabha;Sebha
city|NG|Maiduguri||Maidugari
city|NG|Abuja||Abuja city
city|NG|Kano||Kano city
city|ML|Timbuktu||Tombouctou;Timbuctoo
city|ML|Gao||Gao city
city|ML|Mopti||Mopti city
city|ML|Ménaka|Menaka|Menaka
city|BF|Ouagadougou||Ouaga
city|NE|Niamey||Niamey city
city|SD|Khartoum||Al-Khartum
city|SD|Omdurman||Umm Durman
city|SD|El Fasher||Al-Fashir;Al Fashir;El-Fasher;Al-Fasher
city|SD|Geneina||El Geneina;Al-Junaynah;El-Geneina
city|SD|Nyala||Niyala
city|EG|Cairo||Al-Qahira
city|EG|Arish||El-Arish;Al-Arish;El Arish
city|TN|Tunis||Tunis city
city|DZ|Algiers||Alger
`;
