/**
 * Hand-curated places that conflict reporting names and city lists lack: bases, airports, embassies,
 * zones, border crossings and well-known attack sites. Coordinates are from general knowledge,
 * rounded to ~0.01° (about 1 km): good enough for mapping an incident, not for targeting anything.
 *
 * One site per line:  kind|country|admin1|lat|lon|Display name|aliases separated by ;|options
 *   kind     base, airport, embassy, zone, crossing, site
 *   admin1   display name of the region (as in the admin1 data, or an alias of it), or empty
 *   aliases  plain text = that exact name;
 *            *X = X followed by the kind's usual words only ("X air base", "X airbase", "X airport",
 *                 "X crossing"...), for names that alone mean a town or a person ("Balad", "Al Asad");
 *            +X = X alone and with those words (the name alone already means the site: "Incirlik")
 *   options  p=province|district|site (precision, default site; zones default district); r=N rank
 *            among same-named sites (higher first)
 * Keep bare aliases distinctive: "Al Asad" alone folds like "al-Assad" the president, so it is *Al Asad.
 * Embassies use the `embassy` kind and aliases like "US embassy in Baghdad" written out.
 */
export const SITES_TXT = `
# --- Iraq
base|IQ|Anbar|33.80|42.44|Ain al-Asad Air Base|+Ain al-Asad;+Ain al-Assad;+Ayn al-Asad;+Ain al Asad;+Ein al-Asad;*Al Asad;*Al-Assad;*Asad;Al-Asad airbase
base|IQ|Salah ad Din|33.94|44.36|Balad Air Base|*Balad;*Al-Balad;Joint Base Balad;LSA Anaconda;Camp Anaconda;Al-Bakr Air Base
base|IQ|Baghdad|33.29|44.26|Victory Base Complex|Camp Victory;Victory Base;Victory base complex;Camp Liberty;Al-Faw Palace;Baghdad Diplomatic Support Center;BDSC;Baghdad Diplomatic Support Centre
base|IQ|Erbil|36.54|44.36|Harir Air Base|*Harir;*Al-Harir;Harir airfield
base|IQ|Erbil|36.24|43.96|Erbil Air Base|*Erbil;*Arbil;*Irbil;Erbil military base;coalition base in Erbil;Erbil coalition base
airport|IQ|Erbil|36.24|43.96|Erbil International Airport|*Erbil;*Arbil;*Irbil;*Hawler
base|IQ|Kirkuk|35.52|44.30|K-1 Air Base|+K-1;+K1;K-1 military base;K1 base
base|IQ|Kirkuk|35.47|44.35|Kirkuk Air Base|*Kirkuk;FOB Warrior;Forward Operating Base Warrior
airport|IQ|Kirkuk|35.47|44.35|Kirkuk Airport|*Kirkuk
base|IQ|Baghdad|33.53|44.26|Camp Taji|+Taji;*Taji;Taji military base;Taji base;Taji military complex
base|IQ|Nineveh|35.77|43.12|Qayyarah Airfield West|+Q-West;+Qayyarah West;*Qayyarah;*Qayara;*Qayyara
base|IQ|Baghdad|33.31|44.38|Union III|+Union III;+Union 3;Union III base;Union III compound;Camp Union III
base|IQ|Salah ad Din|34.65|43.54|Camp Speicher|+Speicher;*Speicher;Tikrit Air Academy;*Tikrit
base|IQ|Anbar|33.34|43.60|Al-Taqaddum Air Base|+Taqaddum;+Al-Taqaddum;TQ air base;*Habbaniyah
base|IQ|Dhi Qar|30.94|46.09|Imam Ali Air Base|+Tallil;*Tallil;*Imam Ali;Ali Air Base;*Ali
base|IQ|Basra|30.23|47.67|Camp Bucca|+Camp Bucca
base|IQ|Erbil|36.16|43.95|Camp Bashur|+Bashur;*Bashur
base|IQ|Baghdad|33.41|44.48|Camp Rustamiyah|+Rustamiyah
airport|IQ|Baghdad|33.26|44.23|Baghdad International Airport|*Baghdad;Baghdad airport;BIAP;Saddam International Airport
airport|IQ|Basra|30.55|47.66|Basra International Airport|*Basra;*Basrah;*Al-Basra
airport|IQ|Najaf|31.99|44.40|Najaf International Airport|*Najaf;*Al-Najaf
airport|IQ|Sulaymaniyah|35.56|45.31|Sulaymaniyah International Airport|*Sulaymaniyah;*Sulaimaniyah;*Slemani;*Sulaimani
airport|IQ|Nineveh|36.31|43.15|Mosul International Airport|*Mosul
zone|IQ|Baghdad|33.30|44.39|Green Zone|+Green Zone;International Zone;Baghdad Green Zone;Baghdad's Green Zone;Baghdads Green Zone|r=2
zone|IQ|Baghdad|33.39|44.46|Sadr City|+Sadr City;Madinat al-Sadr;Thawra;Saddam City
zone|IQ||36.20|44.40|Kurdistan Region|+Kurdistan Region;+Iraqi Kurdistan;+Kurdistan;Kurdistan Region of Iraq;KRI;Kurdistan region|p=province
zone|IQ|Nineveh|36.40|43.35|Nineveh Plains|+Nineveh Plains;Nineveh Plain;Nineveh plains
zone|IQ|Nineveh|36.35|41.85|Sinjar Mountains|+Mount Sinjar;+Sinjar Mountains;Jabal Sinjar
embassy|IQ|Baghdad|33.30|44.38|US Embassy in Baghdad|US embassy in Baghdad;U.S. embassy in Baghdad;American embassy in Baghdad;US embassy Baghdad;U.S. Embassy Baghdad
embassy|IQ|Erbil|36.19|44.01|US Consulate in Erbil|US consulate in Erbil;U.S. consulate in Erbil;American consulate in Erbil;US consulate in Arbil;U.S. consulate in Irbil
crossing|IQ|Anbar|34.38|41.01|Al-Qaim border crossing|*Al-Qaim;*Qaim;*Husaybah
crossing|IQ|Anbar|33.00|38.99|Trebil border crossing|+Trebil;*Trebil;*Turaibil;*Tarbil
crossing|IQ|Nineveh|36.80|42.10|Rabia border crossing|*Rabia;*Rabiaa
crossing|IQ|Basra|30.10|47.71|Safwan border crossing|*Safwan
crossing|IQ|Duhok|37.13|42.45|Ibrahim Khalil border crossing|+Ibrahim Khalil;*Ibrahim Khalil;Habur border gate;Habur crossing;*Habur
crossing|IQ|Duhok|37.07|42.38|Faysh Khabur crossing|+Faysh Khabur;+Fishkhabour;*Semalka;*Semalka-Faysh Khabur
crossing|IQ|Basra|30.50|48.03|Shalamcheh border crossing|+Shalamcheh;*Shalamcheh;*Shalamche
crossing|IQ|Wasit|33.10|46.05|Zurbatiyah border crossing|*Zurbatiyah;*Mehran
crossing|IQ|Anbar|33.46|38.79|Al-Waleed border crossing|*Al-Waleed;*Al-Walid
site|IQ|Baghdad|33.32|44.42|Tahrir Square (Baghdad)|Tahrir Square in Baghdad;Baghdad's Tahrir Square
site|IQ|Salah ad Din|34.20|43.87|Al-Askari Shrine|+Al-Askari Shrine;Golden Mosque;al-Askari mosque;Askariya shrine
site|IQ|Nineveh|36.34|43.13|Al-Nuri Mosque|+Al-Nuri Mosque;Great Mosque of al-Nuri;al-Nouri mosque
site|IQ|Salah ad Din|34.90|43.50|Baiji refinery|+Baiji refinery;Baiji oil refinery;Beiji refinery
site|IQ|Sulaymaniyah|35.12|45.48|Khor Mor gas field|+Khor Mor;Khor Mor gas field;Khormor
# --- Syria
base|SY|Homs|33.50|38.62|Al-Tanf garrison|+Al-Tanf;+Tanf;+At-Tanf;*Al-Tanf;*Tanf;Tanf garrison;al-Tanf garrison;Tanf outpost
base|SY|Deir ez-Zor|35.37|40.29|Conoco gas field|+Conoco;Conoco field;Conoco gas plant;Conoco base;Conoco mission support site;Koniko|r=1
base|SY|Deir ez-Zor|34.96|40.64|Green Village|+Green Village;+Al-Omar oil field;+Omar oil field;Al-Omar field;Mission Support Site Green Village;Al-Omar base;Omar field
base|SY|Al-Hasakah|36.06|40.73|Al-Shaddadi base|*Al-Shaddadi;*Shaddadi;*Shaddadah
base|SY|Al-Hasakah|36.95|41.87|Rmelan Landing Zone|*Rmelan;*Rumeilan;*Rumaylan;Kharab al-Jir;Kharab al Jir;Rmelan landing zone
base|SY|Al-Hasakah|36.75|41.00|Qasrak base|+Qasrak;*Qasrak;Tal Baydar;Tell Baydar
base|SY|Latakia|35.40|35.95|Hmeimim Air Base|+Hmeimim;+Khmeimim;+Hmeymim;*Hmeimim;*Khmeimim;*Humaymim;Hmeimim airbase
base|SY|Tartus|34.90|35.87|Tartus naval base|*Tartus;*Tartous;Tartus naval facility;Russian naval base in Tartus;Tartus port
base|SY|Homs|34.52|37.63|Tiyas Air Base|+T-4;+T4 airbase;T-4 air base;*Tiyas;*Tayfur;T4 air base
base|SY|Homs|34.49|36.91|Shayrat Air Base|+Shayrat;*Shayrat;*Al-Shayrat;*Shairat
base|SY|Aleppo|36.19|37.58|Kuweires Air Base|+Kuweires;*Kuweires;*Kweires;*Kuwayris
base|SY|Rif-dimashq|33.61|36.75|Al-Dumayr Air Base|*Dumayr;*Al-Dumayr;*Dmeir;*Duma'ir
base|SY|Damascus Governorate|33.48|36.22|Mezzeh military airport|+Mezzeh airport;Mezzeh military airport;Mezzeh air base;Mazzeh military airport;Mezzeh airbase
base|SY|Homs|34.57|36.57|Dabaa air base|*Dabaa;*Al-Dabaa
airport|SY|Rif-dimashq|33.41|36.51|Damascus International Airport|*Damascus
airport|SY|Aleppo|36.18|37.22|Aleppo International Airport|*Aleppo
airport|SY|Deir ez-Zor|35.29|40.18|Deir ez-Zor Airport|*Deir ez-Zor;*Deir al-Zour;*Deir Ezzor;Deir ez-Zor military airport
airport|SY|Latakia|35.40|35.95|Bassel al-Assad International Airport|+Bassel al-Assad airport;*Latakia
airport|SY|Al-Hasakah|37.02|41.19|Qamishli Airport|*Qamishli;*Qamishly;*Al-Qamishli
crossing|SY|Idlib|36.23|36.67|Bab al-Hawa border crossing|+Bab al-Hawa;*Bab al-Hawa;Cilvegozu;Cilvegözü
crossing|SY|Aleppo|36.64|37.08|Bab al-Salam border crossing|+Bab al-Salam;*Bab al-Salam;*Bab al-Salama;*Oncupinar;Öncüpınar
crossing|SY|Daraa|32.55|36.20|Nasib border crossing|*Nasib;*Naseeb;*Jaber;Jaber-Nasib crossing
crossing|SY|Deir ez-Zor|34.45|40.94|Albu Kamal border crossing|*Albu Kamal;*Abu Kamal;*Al-Bukamal;*Boukamal;*Bukamal
crossing|SY|Rif-dimashq|33.64|36.10|Jdeidet Yabous border crossing|+Jdeidet Yabous;*Jdeidet Yabous;*Jdaidet Yabous
crossing|SY|Raqqa|36.70|38.95|Tal Abyad border crossing|*Tal Abyad;*Tell Abyad;*Akcakale;*Akçakale
crossing|SY|Aleppo|36.84|38.01|Jarabulus border crossing|*Jarabulus;*Karkamis;*Karkamış
crossing|SY|Quneitra|33.12|35.82|Quneitra crossing|*Quneitra
zone|SY|Quneitra|33.00|35.75|Golan Heights|+Golan Heights;+Golan;+the Golan;Occupied Golan;Israeli-occupied Golan Heights;Syrian Golan|p=province
zone|SY|Al-Hasakah|36.37|41.15|Al-Hol camp|+Al-Hol camp;+al-Hol;+Al-Hawl camp;Hol camp;al-Hol displacement camp
zone|SY|Homs|33.33|38.70|Rukban camp|+Rukban;+Rukban camp;Al-Rukban
zone|SY|Damascus Governorate|33.50|36.25|Sayyida Zeinab|+Sayyida Zeinab;+Sayyida Zaynab;Sayeda Zeinab;Sitt Zaynab
embassy|SY|Damascus Governorate|33.50|36.26|Iranian consulate in Damascus|Iranian consulate in Damascus;Iran's consulate in Damascus;Iranian embassy in Damascus;Iran's embassy in Damascus;Iranian embassy compound in Damascus
embassy|SY|Damascus Governorate|33.52|36.29|US Embassy in Damascus|US embassy in Damascus;U.S. embassy in Damascus;American embassy in Damascus
# --- Jordan
base|JO|Irbid|33.32|38.74|Tower 22|+Tower 22;Tower-22;Tower 22 outpost;Tower 22 base
base|JO|Zarqa|31.83|36.78|Muwaffaq Salti Air Base|+Muwaffaq Salti;*Muwaffaq Salti;*Muwaffaq al-Salti;*Azraq;H-5 air base
airport|JO|Amman|31.72|35.99|Queen Alia International Airport|+Queen Alia airport;*Queen Alia;Amman airport
crossing|JO|Balqa|31.87|35.54|Allenby Bridge crossing|+Allenby Bridge;+King Hussein Bridge;*Allenby;*King Hussein Bridge
# --- Israel and Palestinian territories
base|IL|Southern District|31.21|35.01|Nevatim Air Base|+Nevatim;*Nevatim;Nevatim airbase
base|IL|Southern District|30.78|34.67|Ramon Air Base|*Ramon
base|IL|Southern District|31.23|34.66|Hatzerim Air Base|+Hatzerim;*Hatzerim;*Hatserim
base|IL|Central District|31.84|34.82|Tel Nof Air Base|+Tel Nof;*Tel Nof;*Tel Nof airbase
base|IL|Central District|31.90|34.69|Palmachim Air Base|+Palmachim;*Palmachim
base|IL|Northern District|32.67|35.18|Ramat David Air Base|+Ramat David;*Ramat David
base|IL|Tel Aviv|32.07|34.79|HaKirya|+HaKirya;+Kirya;Kirya military headquarters;Israeli military headquarters in Tel Aviv;Kirya base
base|IL|Haifa|32.82|35.00|Haifa naval base|Haifa naval base;Haifa port;Port of Haifa
base|IL|Northern District|33.03|35.52|Meron air control base|+Mount Meron;Meron base;Mount Meron air control base;Meron air traffic control base
airport|IL|Central District|32.01|34.89|Ben Gurion International Airport|+Ben Gurion Airport;*Ben Gurion;*Ben-Gurion;Tel Aviv airport;Lod airport;Natbag
airport|IL|Southern District|29.72|35.01|Ramon Airport|Ramon airport;Ramon International Airport;Eilat Ramon airport;Eilat airport
crossing|PS|Gaza Strip|31.25|34.26|Rafah border crossing|*Rafah;Rafah border;Rafah gate|r=2
crossing|IL|Southern District|31.23|34.28|Kerem Shalom crossing|+Kerem Shalom;*Kerem Shalom;*Karem Abu Salem;*Kerem Abu Salem
crossing|IL|Southern District|31.56|34.56|Erez crossing|+Erez crossing;*Erez;*Beit Hanoun crossing;*Beit Hanun
crossing|PS|Gaza Strip|31.59|34.53|Zikim crossing|*Zikim
zone|PS|Gaza Strip|31.45|34.42|Netzarim Corridor|+Netzarim Corridor;Netzarim corridor
zone|PS|Gaza Strip|31.27|34.24|Philadelphi Corridor|+Philadelphi Corridor;+Philadelphi Route;Philadelphia corridor;Salah al-Din corridor
zone|PS|Gaza Strip|31.35|34.27|Al-Mawasi|+Al-Mawasi;+Mawasi;Al-Mawasi humanitarian zone;Mawasi area
zone|PS|Gaza Strip|31.53|34.48|Jabalia refugee camp|+Jabalia camp;+Jabalia refugee camp;Jabaliya camp;Jabalya camp;Jabalia refugee camp
zone|PS|Gaza Strip|31.45|34.39|Nuseirat refugee camp|+Nuseirat;+Nuseirat camp;Nuseirat refugee camp;Al-Nuseirat camp
zone|PS|Gaza Strip|31.43|34.37|Bureij refugee camp|+Bureij;+Bureij camp;Al-Bureij camp
zone|PS|Gaza Strip|31.42|34.36|Maghazi refugee camp|+Maghazi;+Maghazi camp;Al-Maghazi camp
zone|PS|Gaza Strip|31.53|34.43|Al-Shati refugee camp|+Shati camp;+Beach camp;Al-Shati camp;Al-Shati refugee camp;Shati refugee camp
zone|PS|West Bank|32.46|35.29|Jenin refugee camp|+Jenin camp;+Jenin refugee camp;Jenin refugee camp
zone|PS|West Bank|32.31|35.06|Nur Shams refugee camp|+Nur Shams;+Nur Shams camp;Nour Shams camp
zone|PS|West Bank|32.30|35.04|Tulkarm refugee camp|+Tulkarm camp;+Tulkarem camp;Tulkarm refugee camp
zone|PS|West Bank|32.21|35.29|Balata refugee camp|+Balata;+Balata camp
site|PS|Gaza Strip|31.52|34.44|Al-Shifa Hospital|+Al-Shifa Hospital;+Shifa Hospital;Al-Shifa medical complex;Shifa medical complex;Dar al-Shifa
site|PS|Gaza Strip|31.50|34.46|Al-Ahli Arab Hospital|+Al-Ahli Arab Hospital;+Al-Ahli Hospital;Ahli Arab hospital;Al-Ahli Baptist Hospital;Ahli hospital
site|PS|Gaza Strip|31.35|34.30|Nasser Hospital|+Nasser Hospital;Nasser Medical Complex
site|PS|Gaza Strip|31.54|34.52|Kamal Adwan Hospital|+Kamal Adwan Hospital;Kamal Adwan hospital
site|PS|Gaza Strip|31.53|34.51|Indonesian Hospital|+Indonesian Hospital;Indonesian hospital in Gaza
site|IL|Jerusalem|31.78|35.24|Al-Aqsa Mosque|+Al-Aqsa Mosque;+Temple Mount;+Al-Aqsa compound;Haram al-Sharif;Al-Haram al-Sharif;Aqsa mosque;Noble Sanctuary
site|IL|Jerusalem|31.78|35.23|Western Wall|+Western Wall;Wailing Wall;Kotel
site|IL|Southern District|31.40|34.47|Nova music festival site|+Nova festival;+Supernova festival;Nova music festival;Re'im festival site;Tribe of Nova festival
site|IL|Southern District|31.42|34.49|Kibbutz Be'eri|+Be'eri;+Kibbutz Be'eri;Beeri;Kibbutz Beeri
site|IL|Southern District|31.48|34.53|Kfar Aza|+Kfar Aza;+Kibbutz Kfar Aza;Kfar Gaza
site|IL|Southern District|31.31|34.40|Nir Oz|+Nir Oz;+Kibbutz Nir Oz
site|IL|Southern District|31.52|34.60|Sderot|+Sderot;Sederot
site|IL|Northern District|33.27|35.77|Majdal Shams|+Majdal Shams;Majdal Shams football pitch
zone|IL|Northern District|32.90|35.40|Galilee|+Galilee;+Upper Galilee;+Western Galilee;northern Israel's Galilee|p=province
zone|IL|Southern District|31.40|34.50|Gaza envelope|+Gaza envelope;+Gaza border communities;Gaza periphery
zone|PS|West Bank|31.90|35.45|Jordan Valley|+Jordan Valley|p=province
# --- Lebanon
airport|LB|Beirut|33.82|35.49|Beirut–Rafic Hariri International Airport|*Beirut;Rafic Hariri International Airport;Rafik Hariri airport;Beirut-Rafic Hariri International Airport;Hariri airport
embassy|LB|Mount Lebanon|33.93|35.61|US Embassy in Beirut|US embassy in Beirut;U.S. embassy in Beirut;American embassy in Beirut;US embassy in Awkar;U.S. embassy in Awkar
zone|LB|Mount Lebanon|33.85|35.50|Dahiyeh|+Dahiyeh;+Dahieh;+Dahiya;+Dahiyah;southern suburbs of Beirut;Beirut's southern suburbs;Beiruts southern suburbs;Haret Hreik
site|LB|South Governorate|33.12|35.14|UNIFIL headquarters, Naqoura|+Naqoura;+Naqura;UNIFIL headquarters;UNIFIL HQ;UNIFIL headquarters in Naqoura
crossing|LB|Bekaa|33.68|36.07|Masnaa border crossing|*Masnaa;*Al-Masnaa;*Masna
# --- Yemen and the Red Sea
airport|YE|Amanat Alasimah|15.48|44.22|Sanaa International Airport|*Sanaa;*Sana'a;*Sana;Sanaa airport;Sana'a International Airport
airport|YE|Aden|12.83|45.03|Aden International Airport|*Aden
airport|YE|Al Hudaydah|14.75|42.98|Hodeidah International Airport|*Hodeidah;*Hudaydah;*Al-Hudaydah
base|YE|Laḩij|13.18|44.77|Al-Anad Air Base|+Al-Anad;*Al-Anad;*Anad
site|YE|Al Hudaydah|14.83|42.93|Port of Hodeidah|+Hodeidah port;+Port of Hodeidah;Hudaydah port;Hodeida port;port of Hudaydah
site|YE|Al Hudaydah|15.11|42.82|Ras Isa port|+Ras Isa;+Ras Isa port;Ras Issa;Ras Isa oil terminal
zone|||12.58|43.33|Bab al-Mandab|+Bab al-Mandab;+Bab el-Mandeb;+Bab al-Mandeb;Bab-el-Mandeb Strait;Bab al-Mandab Strait;Mandeb Strait|p=province
zone|||20.00|38.50|Red Sea|+Red Sea;+the Red Sea;southern Red Sea|p=province;r=1
zone|||12.50|47.50|Gulf of Aden|+Gulf of Aden;the Gulf of Aden|p=province
zone|||26.57|56.25|Strait of Hormuz|+Strait of Hormuz;+Hormuz Strait;Straits of Hormuz|p=province
zone|||27.00|51.00|Persian Gulf|+Persian Gulf;Arabian Gulf|p=province
zone|||15.00|62.00|Arabian Sea|+Arabian Sea|p=province
zone|||43.50|34.00|Black Sea|+Black Sea;+the Black Sea|p=province
zone|||46.00|36.50|Sea of Azov|+Sea of Azov;+Azov Sea|p=province
zone|||34.50|18.00|Mediterranean Sea|+Mediterranean Sea;+eastern Mediterranean|p=province
embassy|YE|Amanat Alasimah|15.36|44.24|US Embassy in Sanaa|US embassy in Sanaa;U.S. embassy in Sanaa;American embassy in Sanaa;US embassy in Sana'a;U.S. embassy in Sana'a
# --- Gulf states
base|QA|Al Rayyan|25.12|51.32|Al Udeid Air Base|+Al Udeid;+Al-Udeid;*Al Udeid;*Udeid;Al-Udaid air base
base|AE|Abu Dhabi|24.25|54.55|Al Dhafra Air Base|*Al Dhafra;*Al-Dhafra;*Dhafra
base|SA|Riyadh Region|24.06|47.58|Prince Sultan Air Base|+Prince Sultan Air Base;*Prince Sultan;*Al-Kharj;PSAB
base|KW|Al Aḩmadī|28.88|48.16|Camp Arifjan|+Arifjan;+Camp Arifjan
base|KW|Al Jahrāʼ|29.35|47.52|Ali Al Salem Air Base|*Ali Al Salem;*Ali al-Salem
base|KW|Al Jahrāʼ|29.70|47.43|Camp Buehring|+Camp Buehring;+Buehring
base|BH|Capital Governorate|26.21|50.61|Naval Support Activity Bahrain|+NSA Bahrain;US Fifth Fleet headquarters;Fifth Fleet headquarters;Naval Support Activity Bahrain;Juffair naval base
site|SA|Eastern Province|25.93|49.67|Abqaiq oil processing facility|+Abqaiq;Abqaiq oil facility;Abqaiq plant;Abqaiq processing plant;Buqayq facility
site|SA|Eastern Province|25.07|48.20|Khurais oil field|+Khurais;Khurais oil field;Khurais field
site|SA|Makkah Region|21.47|39.18|Jeddah Aramco facility|Aramco facility in Jeddah;Jeddah Aramco;Jeddah North Bulk Plant;Aramco storage facility in Jeddah
site|SA|Eastern Province|26.64|50.16|Ras Tanura terminal|+Ras Tanura terminal;Ras Tanura oil terminal;Ras Tanura port
airport|SA|Riyadh Region|24.96|46.70|King Khalid International Airport|+King Khalid airport;Riyadh airport;Riyadh international airport
airport|SA|Asir|18.24|42.66|Abha International Airport|*Abha
airport|SA|Jazan Region|16.90|42.59|Jizan Regional Airport|*Jizan;*Jazan;*Gizan;King Abdullah bin Abdulaziz airport
airport|AE|Dubai|25.25|55.36|Dubai International Airport|*Dubai;DXB
airport|AE|Abu Dhabi|24.43|54.65|Abu Dhabi International Airport|*Abu Dhabi;Zayed International Airport
airport|QA|Baladīyat ad Dawḩah|25.27|51.61|Hamad International Airport|+Hamad International Airport;*Doha;Doha airport
airport|KW|Al Farwaniyah|29.24|47.97|Kuwait International Airport|*Kuwait
airport|BH|Muharraq|26.27|50.63|Bahrain International Airport|*Bahrain
airport|OM|Muscat|23.59|58.28|Muscat International Airport|*Muscat
# --- Iran
site|IR|Isfahan|33.72|51.73|Natanz nuclear facility|+Natanz nuclear facility;Natanz enrichment facility;Natanz site;Natanz nuclear site;Natanz enrichment plant
site|IR|Qom|34.88|50.99|Fordow enrichment facility|+Fordow;+Fordo;Fordow nuclear site;Fordow facility;Fordo nuclear facility;Fordow enrichment plant
site|IR|Isfahan|32.59|51.83|Isfahan nuclear technology center|Isfahan nuclear facility;Isfahan nuclear site;Isfahan uranium conversion facility;Isfahan nuclear technology center
site|IR|Tehran|35.52|51.77|Parchin military complex|+Parchin;Parchin military complex;Parchin base
base|IR|Isfahan|32.62|51.70|Isfahan air base|*Isfahan;Eighth Shekari air base;Shekari air base
airport|IR|Tehran|35.42|51.15|Imam Khomeini International Airport|*Imam Khomeini;Tehran airport;Tehran international airport;IKA
airport|IR|Tehran|35.69|51.31|Mehrabad International Airport|*Mehrabad;Mehrabad airport
# --- Turkey
base|TR|Adana|37.00|35.43|Incirlik Air Base|+Incirlik;+İncirlik;*Incirlik;*İncirlik
airport|TR|Istanbul|40.98|28.81|Istanbul Atatürk Airport|+Ataturk Airport;*Ataturk;*Atatürk;Istanbul Ataturk Airport
airport|TR|Istanbul|41.26|28.74|Istanbul Airport|+Istanbul Airport;Istanbul New Airport
airport|TR|Istanbul|40.90|29.31|Sabiha Gökçen International Airport|+Sabiha Gokcen;*Sabiha Gokcen;*Sabiha Gökçen
airport|TR|Ankara|40.13|33.00|Ankara Esenboğa Airport|*Esenboga;*Esenboğa;*Ankara
# --- Afghanistan and Pakistan
base|AF|Parwan|34.95|69.26|Bagram Air Base|+Bagram;*Bagram;Bagram Airfield;Bagram air field
base|AF|Kandahar|31.51|65.85|Kandahar Airfield|+Kandahar Airfield;*Kandahar;KAF;Kandahar air field;Kandahar air base
airport|AF|Kabul|34.57|69.21|Hamid Karzai International Airport|+Hamid Karzai airport;*Hamid Karzai;*Kabul;Kabul airport;Kabul international airport;HKIA;Abbey Gate;Kabul airport's Abbey Gate
base|AF|Helmand|31.86|64.22|Camp Bastion|+Camp Bastion;+Camp Leatherneck;+Camp Shorabak;*Bastion;*Shorabak
base|AF|Herat|33.39|62.26|Shindand Air Base|+Shindand Air Base;*Shindand
base|AF|Khowst|33.34|69.95|Camp Chapman|+Camp Chapman;FOB Chapman
airport|AF|Nangarhar|34.40|70.50|Jalalabad Airport|*Jalalabad
airport|AF|Balkh|36.71|67.21|Mazar-i-Sharif International Airport|*Mazar-i-Sharif;*Mazar-e-Sharif;*Mazar
embassy|AF|Kabul|34.54|69.18|US Embassy in Kabul|US embassy in Kabul;U.S. embassy in Kabul;American embassy in Kabul
embassy|AF|Kabul|34.51|69.16|Russian Embassy in Kabul|Russian embassy in Kabul;Russia's embassy in Kabul
zone|AF|Kabul|34.53|69.18|Kabul Green Zone|Kabul Green Zone;Kabul's Green Zone;Kabuls Green Zone;+Green Zone|r=1
crossing|AF|Nangarhar|34.10|71.09|Torkham border crossing|*Torkham;Torkham border
crossing|AF|Kandahar|30.96|66.43|Chaman–Spin Boldak border crossing|*Chaman;*Spin Boldak;Friendship Gate;Bab-e-Dosti
airport|PK|Sindh|24.91|67.16|Jinnah International Airport|+Jinnah International Airport;*Jinnah;*Karachi;Karachi airport
airport|PK|Islamabad|33.55|72.83|Islamabad International Airport|*Islamabad;*New Islamabad;Benazir Bhutto International Airport
airport|PK|Khyber Pakhtunkhwa|33.99|71.51|Bacha Khan International Airport|*Bacha Khan;*Peshawar
base|PK|Sindh|24.89|67.13|PNS Mehran|+PNS Mehran;*Mehran naval;Mehran naval air base
base|PK|Punjab|33.87|72.40|PAF Base Minhas|+Minhas;*Kamra;*Minhas;PAF Base Minhas;Kamra air base
base|PK|Punjab|33.59|73.05|General Headquarters Rawalpindi|Army General Headquarters;Pakistan Army GHQ;GHQ Rawalpindi;army headquarters in Rawalpindi
site|PK|Khyber Pakhtunkhwa|34.00|71.56|Army Public School Peshawar|+Army Public School;Army Public School in Peshawar;APS Peshawar
site|PK|Islamabad|33.72|73.09|Marriott Hotel Islamabad|Islamabad Marriott;Marriott hotel in Islamabad
zone|PK|Khyber Pakhtunkhwa|32.95|70.00|North Waziristan|+North Waziristan|p=province
zone|PK|Khyber Pakhtunkhwa|32.30|69.70|South Waziristan|+South Waziristan|p=province
zone|PK|Khyber Pakhtunkhwa|32.60|69.85|Waziristan|+Waziristan|p=province
zone|PK|Khyber Pakhtunkhwa|34.80|72.35|Swat Valley|+Swat Valley;+Swat valley;Swat district|p=district
zone|PK|Khyber Pakhtunkhwa|34.20|71.10|Khyber district|+Khyber district;+Khyber Agency;Khyber Pass;+Khyber Pass
# --- India
base|IN|Punjab|32.23|75.63|Pathankot Air Force Station|*Pathankot;Pathankot air base;Pathankot airbase
base|IN|Jammu and Kashmir|34.08|74.05|Uri army base|*Uri;Uri army camp;Uri brigade headquarters
site|IN|Maharashtra|18.92|72.83|Taj Mahal Palace Hotel|+Taj Mahal Palace Hotel;Taj Mahal Palace;Taj hotel;Taj Mahal hotel in Mumbai
site|IN|Maharashtra|18.94|72.84|Chhatrapati Shivaji Terminus|+Chhatrapati Shivaji Terminus;CST station;Victoria Terminus;Chhatrapati Shivaji Maharaj Terminus
site|IN|NCT|28.62|77.21|Parliament House, New Delhi|Indian Parliament;Parliament of India;Indian parliament building
crossing|IN|Punjab|31.60|74.57|Attari–Wagah border crossing|*Wagah;*Attari;*Attari-Wagah;Wagah border;Attari-Wagah border
zone|IN|Jammu and Kashmir|34.00|74.80|Kashmir|+Kashmir;+Kashmir Valley;Kashmir valley;Indian-administered Kashmir;Indian Kashmir|p=province
zone|PK|Azad Kashmir|34.20|73.70|Azad Kashmir|+Pakistan-administered Kashmir;+Pakistani Kashmir;+Pakistan-controlled Kashmir|p=province
zone|IN|Jammu and Kashmir|33.90|74.30|Line of Control|+Line of Control;LoC;the LoC;Line of Control in Kashmir|p=province
site|IN|Jammu and Kashmir|34.02|75.32|Baisaran meadow|+Baisaran;+Baisaran meadow;Baisaran Valley
# --- Horn of Africa and East Africa
base|DJ|Djibouti|11.55|43.15|Camp Lemonnier|+Camp Lemonnier;*Lemonnier
airport|DJ|Djibouti|11.55|43.16|Djibouti–Ambouli International Airport|*Djibouti;*Ambouli
base|KE|Lamu|-2.27|40.92|Camp Simba|+Camp Simba;*Manda Bay;Manda Bay airfield;Manda Bay military base
base|SO|Lower Shabeelle|2.67|44.79|Baledogle Airfield|+Baledogle;*Baledogle;*Baladogle;Balidogle
airport|SO|Banaadir|2.01|45.30|Aden Adde International Airport|+Aden Adde;*Aden Adde;*Mogadishu;Mogadishu airport;Halane base camp;Halane;Halane camp;Mogadishu International Airport
site|SO|Banaadir|2.04|45.34|Villa Somalia|+Villa Somalia;presidential palace in Mogadishu
airport|SO|Lower Juba|-0.38|42.46|Kismayo Airport|*Kismayo;*Kismaayo
site|KE|Nairobi Area|-1.26|36.80|Westgate shopping mall|+Westgate mall;+Westgate shopping mall;Westgate Mall;Westgate shopping centre
site|KE|Nairobi Area|-1.27|36.81|DusitD2 hotel|+DusitD2;+Dusit D2;Dusit hotel;DusitD2 complex;14 Riverside
site|KE|Garissa|-0.45|39.65|Garissa University College|+Garissa University College;Garissa University
embassy|KE|Nairobi Area|-1.29|36.82|US Embassy in Nairobi (1998 site)|US embassy in Nairobi;U.S. embassy in Nairobi;American embassy in Nairobi
embassy|TZ|Dar es Salaam|-6.79|39.28|US Embassy in Dar es Salaam (1998 site)|US embassy in Dar es Salaam;U.S. embassy in Dar es Salaam;American embassy in Dar es Salaam
# --- Sudan and South Sudan
airport|SD|Khartoum|15.59|32.55|Khartoum International Airport|*Khartoum
base|SD|Khartoum|15.82|32.51|Wadi Seidna Air Base|+Wadi Seidna;*Wadi Seidna;*Wadi Sayyidna
airport|SD|Red Sea|19.43|37.23|Port Sudan New International Airport|*Port Sudan
site|SD|Northern Darfur|13.49|25.30|Zamzam camp|+Zamzam camp;+Zamzam;Zamzam displacement camp;Zam Zam camp
zone|SD||13.50|24.50|Darfur|+Darfur;+Darfur region|p=province
airport|SS|Central Equatoria|4.87|31.60|Juba International Airport|*Juba
# --- Libya, Egypt, Tunisia, Algeria
airport|LY|Tripoli|32.89|13.28|Mitiga International Airport|+Mitiga;*Mitiga;Mitiga airport
airport|LY|Al Jafarah|32.66|13.16|Tripoli International Airport|Tripoli International Airport;Tripoli airport
airport|LY|Banghazi|32.10|20.27|Benina International Airport|*Benina;*Benghazi;*Benghazi Benina
base|LY|Nalut|32.47|11.90|Al-Watiya Air Base|+Al-Watiya;*Al-Watiya;*Watiya;*Al-Wattia;Uqba bin Nafi air base
base|LY|Al Jufrah|29.20|16.00|Al Jufra Air Base|*Al Jufra;*Jufra
embassy|LY|Banghazi|32.07|20.09|US diplomatic compound in Benghazi|US consulate in Benghazi;U.S. consulate in Benghazi;US diplomatic compound in Benghazi;U.S. diplomatic compound in Benghazi;American consulate in Benghazi;US mission in Benghazi;U.S. mission in Benghazi
site|LY|Surt|30.63|18.35|Es Sider oil terminal|+Es Sider;+Sidra;Es Sider terminal;Sidra oil terminal;Es Sider port
airport|EG|Shamal Sina'|31.07|33.84|El Arish International Airport|*El Arish;*Al-Arish;*Arish
airport|EG|South Sinai|27.98|34.39|Sharm El Sheikh International Airport|*Sharm el-Sheikh;*Sharm El Sheikh
airport|EG|Cairo Governorate|30.12|31.41|Cairo International Airport|*Cairo
site|EG|Shamal Sina'|31.02|33.01|Al-Rawda mosque|+Al-Rawda mosque;+Rawda mosque;al-Rawdah mosque;Rawda mosque in Bir al-Abd
zone|EG||29.50|33.80|Sinai Peninsula|+Sinai Peninsula;+Sinai;+the Sinai;North Sinai;northern Sinai|p=province
crossing|EG|Shamal Sina'|31.25|34.25|Rafah crossing (Egyptian side)|Egyptian side of the Rafah crossing|r=1
site|TN|Tunis|36.81|10.13|Bardo National Museum|+Bardo National Museum;+Bardo Museum;+Bardo;Bardo museum in Tunis;Le Bardo;Musée du Bardo
site|TN|Sousse|35.89|10.59|Port El Kantaoui beach (Imperial Marhaba hotel)|+Port El Kantaoui;Imperial Marhaba hotel;Imperial Marhaba;Riu Imperial Marhaba;Sousse beach attack site
site|TN|Medenine|33.81|10.86|El Ghriba synagogue|+El Ghriba synagogue;+Ghriba synagogue;Ghriba synagogue in Djerba;La Ghriba
site|DZ|Illizi|27.88|9.13|Tiguentourine gas facility|+Tiguentourine;+In Amenas gas plant;In Amenas gas facility;In Amenas gas field;Tigantourine
# --- Sahel and West Africa
airport|ML|Bamako|12.53|-7.95|Modibo Keita International Airport|+Modibo Keita airport;*Modibo Keita;*Bamako;Bamako airport;Senou airport
base|ML|Koulikoro|12.74|-8.07|Kati military camp|+Kati camp;Kati military camp;Soundiata Keita camp;Kati military base
site|ML|Bamako|12.63|-8.02|Radisson Blu Hotel Bamako|Radisson Blu hotel in Bamako;Radisson Blu Bamako;Bamako Radisson Blu
base|ML|Gao|16.25|-0.01|Gao airport (MINUSMA base)|*Gao;Camp Firhoun;Gao military camp;MINUSMA base in Gao;Camp Castor;Gao airbase
airport|ML|Tombouctou|16.73|-3.01|Timbuktu Airport|*Timbuktu;*Tombouctou;MINUSMA camp in Timbuktu;Timbuktu military camp
airport|ML|Mopti|14.51|-4.08|Mopti Ambodedjo Airport|*Mopti;*Sevare;*Sévaré;Sevare military camp
base|ML|Kidal|20.24|0.98|Tessalit camp|*Tessalit;Tessalit military camp;Amachach camp
base|ML|Kidal|18.44|1.41|Kidal MINUSMA camp|MINUSMA camp in Kidal;Kidal camp;Kidal military camp
base|NE|Agadez|16.96|8.01|Air Base 201|+Air Base 201;+Niger Air Base 201;Agadez drone base;*Agadez;Base Aérienne 201;Nigerien Air Base 201
airport|NE|Niamey|13.48|2.18|Diori Hamani International Airport|*Diori Hamani;*Niamey;Air Base 101;Niamey air base
site|NE|Tillabéri|14.93|-0.25|Tongo Tongo|+Tongo Tongo;+Tongo-Tongo
site|NE|Tillabéri|15.36|1.39|Inates military camp|*Inates;Inates camp
airport|BF|Centre|12.35|-1.51|Ouagadougou Airport|*Ouagadougou;Thomas Sankara International Airport
site|BF|Centre|12.37|-1.52|Splendid Hotel Ouagadougou|Splendid Hotel;Splendid hotel in Ouagadougou;Cappuccino café;Cappuccino restaurant in Ouagadougou
airport|TD|Chari-Baguirmi|12.13|15.03|N'Djamena International Airport|*N'Djamena;*Ndjamena;Base Sergent Adji Kossei;Kossei base
zone|||15.00|0.00|Sahel|+Sahel;+the Sahel;Sahel region;central Sahel|p=province
zone|||14.80|-0.50|Liptako-Gourma|+Liptako-Gourma;+Liptako Gourma;tri-border area;three-border area;tri-border region|p=province
zone|||13.20|14.00|Lake Chad|+Lake Chad;+Lake Chad basin;Lake Chad region;Lake Chad Basin|p=province
zone|NG|Borno State|11.30|13.40|Sambisa Forest|+Sambisa Forest;+Sambisa;Sambisa forest
airport|NG|Borno State|11.86|13.08|Maiduguri International Airport|*Maiduguri
base|NG|Borno State|11.86|13.15|Giwa Barracks|+Giwa Barracks;Giwa military barracks;Giwa barracks in Maiduguri
airport|NG|Kaduna State|10.70|7.32|Kaduna International Airport|*Kaduna
airport|NG|FCT|9.01|7.26|Nnamdi Azikiwe International Airport|*Nnamdi Azikiwe;*Abuja;Abuja airport
base|NG|Kaduna State|10.51|7.44|Nigerian Defence Academy|+Nigerian Defence Academy;NDA Kaduna;Nigerian Defense Academy
airport|NG|Lagos|6.58|3.32|Murtala Muhammed International Airport|*Murtala Muhammed;*Lagos;Lagos airport
# --- Central and southern Africa
airport|CD|North Kivu|-1.67|29.24|Goma International Airport|*Goma
site|MZ|Cabo Delgado|-10.82|40.50|Afungi LNG site|+Afungi;Afungi peninsula;Mozambique LNG site;Afungi LNG project;Afungi LNG site
# --- Ukraine
airport|UA|Kharkiv|49.92|36.29|Kharkiv International Airport|*Kharkiv;*Kharkov
airport|UA|Kyiv Oblast|50.34|30.89|Boryspil International Airport|+Boryspil;*Boryspil;*Borispol;Kyiv Boryspil airport
airport|UA|Kyiv Oblast|50.60|30.19|Hostomel Airport|+Hostomel airport;*Hostomel;*Gostomel;*Antonov;Antonov Airport;Antonov airfield
airport|UA|Kyiv City|50.40|30.45|Kyiv International Airport (Zhuliany)|*Zhuliany;*Kyiv;*Kiev;Igor Sikorsky Kyiv International Airport;Kyiv Zhuliany airport
base|UA|Kyiv Oblast|50.23|30.31|Vasylkiv air base|*Vasylkiv;*Vasilkov
base|UA|Khmelnytskyi|49.73|27.27|Starokostiantyniv air base|*Starokostiantyniv;*Starokonstantinov
base|UA|Poltava|49.93|33.64|Myrhorod air base|*Myrhorod;*Mirgorod
airport|UA|Lviv|49.81|23.96|Lviv Danylo Halytskyi International Airport|*Lviv;*Lvov
airport|UA|Odesa|46.43|30.68|Odesa International Airport|*Odesa;*Odessa
base|UA|Mykolaiv|46.93|32.10|Kulbakino air base|+Kulbakino;*Kulbakino;*Mykolaiv;*Nikolaev
airport|UA|Dnipropetrovsk|48.36|35.10|Dnipro International Airport|*Dnipro;*Dnepr;*Dnipropetrovsk
site|UA|Zaporizhzhia|47.51|34.59|Zaporizhzhia Nuclear Power Plant|+Zaporizhzhia nuclear power plant;+Zaporizhzhia nuclear plant;Zaporizhzhia NPP;ZNPP;Zaporozhye nuclear plant;Zaporizhia nuclear power plant
site|UA|Kyiv Oblast|51.39|30.10|Chernobyl Nuclear Power Plant|+Chernobyl nuclear power plant;+Chornobyl nuclear power plant;Chernobyl plant;Chornobyl plant;Chernobyl NPP
site|UA|Donetsk|47.10|37.61|Azovstal steel plant|+Azovstal;+Azovstal steel plant;Azovstal steelworks;Azovstal plant
site|UA|Odesa|45.26|30.20|Snake Island|+Snake Island;+Zmiinyi Island;Zmiinyi;Serpent Island
site|UA|Donetsk|48.73|37.57|Kramatorsk railway station|+Kramatorsk railway station;Kramatorsk train station;Kramatorsk station
site|UA|Kyiv City|50.45|30.53|Okhmatdyt children's hospital|+Okhmatdyt;+Okhmatdyt hospital;Okhmatdyt children's hospital;Ohmatdyt
site|UA|Donetsk|47.10|37.55|Mariupol Drama Theatre|+Mariupol drama theatre;Mariupol theater;Mariupol Drama Theater;Mariupol theatre;Donetsk Regional Drama Theatre
site|UA|Kharkiv|49.99|36.23|Kharkiv Freedom Square|Freedom Square in Kharkiv;Kharkiv's Freedom Square
zone|UA||48.00|38.00|Donbas|+Donbas;+Donbass;Donbas region;the Donbas|p=province
zone|UA||45.30|34.40|Crimea Peninsula|+Crimean Peninsula|p=province
# --- Russia and occupied Crimea
site|UA|Crimea|45.30|36.51|Crimean Bridge|+Crimean Bridge;+Kerch Bridge;Kerch Strait Bridge;Crimea Bridge
base|UA|Crimea|45.09|33.59|Saky air base|*Saky;*Saki;Novofedorivka air base;*Novofedorivka
base|UA|Crimea|44.69|33.57|Belbek air base|+Belbek;*Belbek
base|UA|Sevastopol City|44.62|33.53|Black Sea Fleet headquarters|+Black Sea Fleet headquarters;Black Sea Fleet HQ;Russian Black Sea Fleet headquarters;Sevastopol naval base;Sevastopol bay
base|RU|Saratov Oblast|51.48|46.21|Engels air base|*Engels;Engels-2;Engels-2 air base
base|RU|Rostov|48.31|41.79|Morozovsk air base|*Morozovsk;*Morozovsky
base|RU|Rostov|48.95|40.30|Millerovo air base|*Millerovo
base|RU|Ryazan Oblast|54.64|39.57|Dyagilevo air base|+Dyagilevo;*Dyagilevo;*Diaghilevo
base|RU|Irkutsk Oblast|52.80|103.40|Belaya air base|*Belaya
base|RU|Murmansk|68.15|33.46|Olenya air base|+Olenya;*Olenya;*Olenegorsk
base|RU|Kursk Oblast|51.75|36.30|Khalino air base|*Khalino;Kursk Khalino
base|RU|Krasnodar Krai|44.92|37.34|Anapa air base|*Anapa
site|RU|Moscow|55.75|37.62|Moscow Kremlin|Moscow Kremlin;Kremlin in Moscow;Kremlin building;Kremlin walls;Senate Palace
site|RU|Moscow Oblast|55.83|37.39|Crocus City Hall|+Crocus City Hall;Crocus concert hall;Crocus City concert hall
site|RU|Kursk Oblast|51.67|35.61|Kursk Nuclear Power Plant|+Kursk nuclear power plant;Kursk NPP;Kursk nuclear plant
site|RU|North Ossetia–Alania|43.18|44.54|Beslan School Number One|Beslan school;School Number One in Beslan;Beslan School No. 1
site|RU|Moscow|55.71|37.67|Dubrovka theatre|+Dubrovka theatre;Dubrovka theater;Nord-Ost theatre;Moscow theatre siege site
airport|RU|Moscow Oblast|55.97|37.41|Sheremetyevo International Airport|*Sheremetyevo;Moscow Sheremetyevo
airport|RU|Moscow Oblast|55.41|37.91|Domodedovo International Airport|*Domodedovo;Moscow Domodedovo
airport|RU|Moscow|55.60|37.27|Vnukovo International Airport|*Vnukovo;Moscow Vnukovo
# --- Caucasus
zone|AZ||39.60|46.55|Lachin corridor|+Lachin corridor;Lachin Corridor
zone|AZ||39.85|46.75|Nagorno-Karabakh|+Nagorno-Karabakh;+Karabakh;Nagorno Karabakh;Artsakh|p=province
# --- Europe, Americas, Oceania: well-known attack sites and airports
site|FR|Île-de-France|48.86|2.37|Bataclan theatre|+Bataclan;+Bataclan theatre;Bataclan concert hall;Bataclan theater
site|FR|Île-de-France|48.92|2.36|Stade de France|+Stade de France
site|FR|Île-de-France|48.86|2.37|Charlie Hebdo offices|Charlie Hebdo offices;Charlie Hebdo office;offices of Charlie Hebdo
site|FR|Provence-Alpes-Côte d'Azur|43.69|7.25|Promenade des Anglais|+Promenade des Anglais
site|BE|Brussels Capital|50.84|4.38|Maalbeek metro station|+Maalbeek;+Maelbeek;Maalbeek metro station;Maelbeek station
airport|BE|Flanders|50.90|4.48|Brussels Airport|+Brussels Airport;*Zaventem;Brussels airport in Zaventem
site|GB|England|53.49|-2.24|Manchester Arena|+Manchester Arena
site|GB|England|51.50|-0.12|Westminster Bridge|+Westminster Bridge
site|GB|England|51.51|-0.09|London Bridge|+London Bridge;Borough Market
site|DE|Berlin|52.50|13.34|Breitscheidplatz|+Breitscheidplatz;Breitscheidplatz Christmas market;Berlin Christmas market
site|ES|Catalonia|41.38|2.17|La Rambla|+La Rambla;+Las Ramblas
site|ES|Madrid|40.41|-3.69|Atocha station|+Atocha station;+Atocha;Madrid Atocha
site|NO|Viken|60.02|10.25|Utøya|+Utøya;+Utoya
site|US|New York|40.71|-74.01|World Trade Center|+World Trade Center;+Ground Zero;Twin Towers;WTC
site|US|Virginia|38.87|-77.06|Pentagon building|Pentagon building;the Pentagon building
site|US|Massachusetts|42.35|-71.08|Boston Marathon finish line|Boston Marathon finish line;Boylston Street
site|NZ|Canterbury|-43.53|172.61|Al Noor Mosque|+Al Noor Mosque;Al-Noor mosque;Linwood Islamic Centre;Linwood mosque
site|LK|Western|6.95|79.86|St Anthony's Shrine, Kochchikade|+St Anthony's Shrine;St. Anthony's Shrine;St Anthony's Church in Colombo
airport|GB|England|51.47|-0.45|London Heathrow Airport|*Heathrow;London Heathrow
airport|FR|Île-de-France|49.01|2.55|Paris Charles de Gaulle Airport|*Charles de Gaulle;Roissy airport;Paris CDG;CDG airport
airport|DE|Hesse|50.03|8.57|Frankfurt Airport|+Frankfurt Airport
airport|US|New York|40.64|-73.78|John F. Kennedy International Airport|*JFK;*John F. Kennedy;JFK Airport
airport|US|Virginia|38.95|-77.46|Washington Dulles International Airport|*Dulles;Washington Dulles
airport|ET|Addis Ababa|8.98|38.80|Addis Ababa Bole International Airport|*Bole;*Addis Ababa
airport|KE|Nairobi Area|-1.32|36.93|Jomo Kenyatta International Airport|*Jomo Kenyatta;*Nairobi;Nairobi airport
airport|IN|NCT|28.56|77.10|Indira Gandhi International Airport|*Indira Gandhi;Delhi airport;New Delhi airport
airport|IN|Maharashtra|19.09|72.87|Chhatrapati Shivaji Maharaj International Airport|Mumbai airport;Mumbai international airport
airport|PS|Gaza Strip|31.25|34.28|Yasser Arafat International Airport|+Yasser Arafat International Airport;Gaza International Airport;Gaza airport
`;
