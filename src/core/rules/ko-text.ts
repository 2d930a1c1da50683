// Helpers for the Korean messages the rules write beside their English ones.

/**
 * A Python name or value as code in a Korean message (the web app shows backticked spans as code).
 * Fix labels are plain text, so they do not use it.
 * @example code('eval_steps') // '`eval_steps`'
 */
export function code(text: string): string {
  return `\`${text}\``;
}

/** How a word ends when read aloud: on a vowel, on ㄹ, or on another final consonant (받침). */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

// How a single digit is read (0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구).
const DIGIT_FINAL: readonly FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

/**
 * The final sound of a Python name, number or Korean word, so a particle can follow it. English endings are
 * read as Korean engineers say them (`optim` 옵팀, `lr_scheduler_type` …타입, `warmup` 웜업, `min_lr` …엘알,
 * `bf16` …육, `500` 오백). It is a reading heuristic, good for the names and values these messages use; quotes,
 * backticks and brackets around the word are skipped.
 * @example finalSound('`lr_scheduler_type`') // 'consonant'
 */
export function finalSound(word: string): FinalSound {
  const text = word.replace(/[\s`'"()[\]{}.,:;…]+$/u, '');
  const last = text.at(-1) ?? '';
  const codePoint = last.codePointAt(0) ?? 0;
  if (codePoint >= 0xac00 && codePoint <= 0xd7a3) {
    const jong = (codePoint - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (/\d$/.test(text)) return numberFinal(text);
  return englishFinal(text.toLowerCase());
}

function numberFinal(text: string): FinalSound {
  const digits = /(\d+)$/.exec(text)?.[1] ?? '0';
  const fractional = /\.\d+$/.test(text);
  // A whole number ending in zeros is read by its place: 십, 백, 천, 만 all end on a consonant.
  if (!fractional && digits.length > 1 && digits.endsWith('0') && !/^0+$/.test(digits)) return 'consonant';
  return DIGIT_FINAL[Number(digits.at(-1))] ?? 'vowel';
}

function englishFinal(text: string): FinalSound {
  const word = /[a-z]+$/.exec(text)?.[0] ?? '';
  // Letters without a vowel are read one by one (fsdp 에프에스디피, lr 엘알, nccl …엘): only L, R, M, N end on a consonant.
  if (!/[aeiouy]/.test(word)) return /[lr]$/.test(word) ? 'rieul' : /[mn]$/.test(word) ? 'consonant' : 'vowel';
  if (word.endsWith('epoch')) return 'consonant';
  if (/(?:ng|m|n)$/.test(word)) return 'consonant';
  if (word.endsWith('l')) return 'rieul';
  if (word.endsWith('oop')) return 'vowel'; // loop 루프
  if (word.endsWith('p') && !word.endsWith('mp')) return 'consonant'; // step 스텝, warmup 웜업
  if (/o{1,2}k$/.test(word)) return 'consonant'; // hook 훅
  if (word.endsWith('put')) return 'consonant'; // output 아웃풋
  if (/[mn]e$/.test(word)) return 'consonant'; // cosine 코사인, none 논
  if (word.endsWith('le')) return 'rieul'; // scale 스케일, compile 컴파일
  if (word.endsWith('type')) return 'consonant'; // lr_scheduler_type …타입
  return 'vowel';
}

function pick(word: string, reading: string, afterConsonant: string, afterVowel: string): string {
  return `${word}${finalSound(reading) === 'vowel' ? afterVowel : afterConsonant}`;
}

// Each takes the word to write and, when a note in parentheses follows it, the word the particle belongs to:
// eun('`save_steps`(500)', 'save_steps') // '`save_steps`(500)는'

/** `word` with 을/를. */
export function eul(word: string, reading = word): string {
  return pick(word, reading, '을', '를');
}

/** `word` with 이/가. */
export function iga(word: string, reading = word): string {
  return pick(word, reading, '이', '가');
}

/** `word` with 은/는. */
export function eun(word: string, reading = word): string {
  return pick(word, reading, '은', '는');
}

/** `word` with 과/와. */
export function gwa(word: string, reading = word): string {
  return pick(word, reading, '과', '와');
}

/** `word` with 으로/로 (로 also after ㄹ). */
export function ro(word: string, reading = word): string {
  return `${word}${finalSound(reading) === 'consonant' ? '으로' : '로'}`;
}

/**
 * Items joined the Korean way, commas and a final 또는.
 * @example orList(['"no"', '"steps"', '"epoch"']) // '"no", "steps" 또는 "epoch"'
 */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} 또는 ${items.at(-1)}`;
}

/** How the Korean messages quote the library's own (English) error text, which users search for. */
export function libraryRaisesKo(text: string): string {
  return `라이브러리 오류: ${text}`;
}

/**
 * The Korean label of a fix that sets one field (plain text, as labels are).
 * @example setToKo('save_steps', '500') // 'save_steps를 500으로 설정'
 */
export function setToKo(field: string, value: string): string {
  return `${eul(field)} ${ro(value)} 설정`;
}
