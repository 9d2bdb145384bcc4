// Seeded filler text for the synthetic pages and grown datasets: ordinary words, the same every run.

/** mulberry32: small seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ordinary English words that name nothing the dataset or the gate's subject test knows
 * (no "Iran", no "resistance", no "revolutionary", no "rights", no "corruption", …).
 */
export const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her all she there would their we him been has when who will more no if out so said what up its about ' +
  'into than them can only other new some could time these two may then do first any my now such like our over man ' +
  'me even most made after also did many before must through back years where much your way well down should because ' +
  'each just those people how too little state good very make world still own see men work long get here between both ' +
  'life being under never day same another know while last might us great old year off come since against go came ' +
  'right used take three states himself few house use during without again place american around however home small ' +
  'found thought went say part once general high upon school every does got united left number course war until always ' +
  'away something fact though water less public put think almost hand enough far took head yet government system better ' +
  'set told nothing night end why called didn eyes find going look asked later knew point next city business give group ' +
  'toward young days let room president side social given present several order national possible rather second face per ' +
  'among form important often things looked early white case john become large big need four within felt along children ' +
  'saw best church ever least power development light thing seemed family interest want members mind country area others ' +
  'done turned although open god service certain kind problem began different door thus help sense means whole matter ' +
  'perhaps itself york times law human line above name example action company hands local show whether five history gave ' +
  'today either act feet across taken past quite anything seen having death experience body word half really field week ' +
  'garden river harbour bridge market morning valley season library orchard railway station museum theatre village coast'
).split(' ');

/** Filler prose: sentences of ordinary words, about `chars` characters long. */
export function prose(random, chars) {
  const out = [];
  let length = 0;
  while (length < chars) {
    const n = 8 + Math.floor(random() * 14);
    const words = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
    if (random() < 0.5) words[Math.floor(n / 2)] += ',';
    let sentence = words.join(' ');
    sentence = sentence[0].toUpperCase() + sentence.slice(1) + '.';
    out.push(sentence);
    length += sentence.length + 1;
  }
  return out.join(' ');
}

/** Paragraphs of filler adding up to about `chars` characters. */
export function fillerParagraphs(random, chars, avg = 600) {
  const paragraphs = [];
  let total = 0;
  while (total < chars) {
    const p = prose(random, Math.max(40, Math.round(avg * (0.5 + random()))));
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs;
}
