/** Small word lists the scanner needs to keep junk out. Keys are folded (see fold.ts). */

/** Month, weekday and holiday names never match as places (March, UK; Sunday, many; Christmas, US). */
export const NEVER = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'god', 'allah', 'reuters', 'ap', 'afp', 'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'sgt', 'capt',
  // Holidays (towns named Christmas, Easter, Eid...)
  'christmas', 'easter', 'ramadan', 'eid', 'thanksgiving', 'hanukkah', 'passover', 'diwali', 'halloween', 'nowruz', 'purim',
]);

/** Given names (and a few surnames) that are also town names: "Victoria said", "Ali Hassan".
 *  The build script flags such one-word towns like common English words. */
export const PERSON_NAMES = [
  'victoria', 'florence', 'charlotte', 'austin', 'jackson', 'lincoln', 'madison', 'clinton', 'franklin',
  'marion', 'warren', 'chester', 'troy', 'aurora', 'eden', 'grace', 'joy', 'hope', 'elizabeth', 'mary',
  'john', 'james', 'david', 'paul', 'george', 'peter', 'thomas', 'william', 'henry', 'edward', 'arthur',
  'albert', 'frederick', 'louis', 'martin', 'simon', 'jordan', 'mason', 'carter', 'hunter', 'tyler',
  'milton', 'vernon', 'stanley', 'douglas', 'gordon', 'murray', 'howard', 'morgan', 'taylor', 'kennedy',
  'ali', 'ahmed', 'ahmad', 'mohammed', 'muhammad', 'mohamed', 'mohammad', 'hassan', 'hasan', 'hussein',
  'husayn', 'hussain', 'omar', 'umar', 'khalid', 'khaled', 'said', 'saeed', 'saad', 'salah', 'karim',
  'mahmoud', 'mustafa', 'ibrahim', 'ismail', 'yusuf', 'youssef', 'abdullah', 'hamza', 'hamid', 'jamal',
  'nasser', 'nasr', 'faisal', 'fahd', 'zayed', 'rashid', 'tariq', 'ziad', 'samir', 'bilal', 'amir',
  'sultan', 'malik', 'rahman', 'abbas', 'hadi', 'mahdi', 'kareem', 'salim', 'salem', 'walid', 'fadi',
  'ayman', 'osama', 'usama', 'yasser', 'haider', 'hamad', 'jaber', 'mansour', 'nabil', 'sami', 'adel',
  'imran', 'asif', 'aziz', 'latif', 'rahim', 'hakim', 'habib', 'ghazi', 'moussa', 'musa', 'issa', 'isa',
  'yahya', 'zakaria', 'idris', 'suleiman', 'sulaiman', 'dawood', 'daud', 'younis', 'yunus', 'ilyas',
  'nikolai', 'ivan', 'olga', 'oleg', 'igor', 'sergei', 'vladimir', 'alexander', 'aleksandr', 'dmitry',
  'putin', 'biden', 'trump', 'obama', 'bush', 'assad', 'asad', 'sadr', 'hakimi', 'barzani', 'talabani',
  // Presidents and admirals that warships are named after ("the Truman", "USS Eisenhower")
  'truman', 'roosevelt', 'eisenhower', 'reagan', 'nixon', 'nimitz', 'vinson', 'stennis', 'ford', 'bataan',
];

/** First words of Arabic and Hebrew place names that are also villages on their own ("Beit", "Deir",
 *  "Kafr"): followed by another capitalised word, they start a longer name the data may lack
 *  ("Beit Jinn"), so scan does not take them alone. */
export const NAME_HEADS = new Set([
  'beit', 'bayt', 'bait', 'deir', 'dayr', 'dair', 'kafr', 'kfar', 'kufr', 'tal', 'tall', 'tell', 'tel', 'ain', 'ayn', 'ein',
  'khan', 'wadi', 'jabal', 'jebel', 'ras', 'bir', 'sidi', 'abu', 'umm', 'bani', 'beni', 'qasr', 'kiryat', 'qiryat', 'mazraat',
  'khirbet', 'khirbat', 'marj', 'nahr', 'sheikh', 'shaykh', 'tell', 'hay', 'hayy', 'souq', 'suq', 'jisr', 'qalaat', 'birkat',
]);

/** Words that may follow a place and name the kind of unit: "Diyala province", "Kharkiv region". */
export const ADMIN_SUFFIX = new Set([
  'province', 'provinces', 'governorate', 'oblast', 'region', 'state', 'district', 'county', 'prefecture',
  'department', 'krai', 'kray', 'muhafazat', 'wilaya', 'vilayet', 'emirate',
]);
export const CITY_SUFFIX = new Set(['city', 'town', 'village']);

/** A one-word place that is also a common word needs one of these right before it: "in Hit". */
export const LOCATIVE = new Set([
  'in', 'near', 'at', 'outside', 'from', 'into', 'around', 'toward', 'towards', 'inside', 'to', 'across',
  'of', 'via', 'nearby', 'targeting', 'targeted', 'struck', 'hit', 'shelled', 'attacked', 'bombed',
  'against', 'on', 'over', 'throughout', 'strikes', 'targets', 'attacks',
]);
