// The fuzzy name rules of the people registry, as tables: spellings of one person that must
// meet, and names of different people that must stay apart.
import { describe, it } from 'node:test';
import { nameKey } from '../../src/store/nameKey.ts';
import {
  filedBlocks,
  fuzzySame,
  nameSkeleton,
  oneEdit,
  skeletonToken,
  typoBlocks,
  typoMatch,
  typoPair,
} from '../../src/store/nameSkeleton.ts';
import { expect } from '../expect.ts';

describe('name skeletons', () => {
  it('collapse common transliterations of a token', () => {
    for (const [forms, skeleton] of [
      [['Sergei', 'Sergey', 'Sergej'], 'sergei'],
      [['Dmitry', 'Dmitriy', 'Dmitri', 'Dmitrii', 'Dmitrij'], 'dmitri'],
      [['Nikolai', 'Nikolay'], 'nikolai'],
      [['Alexei', 'Aleksei', 'Alexey', 'Aleksey'], 'aleksei'],
      [['Mohammed', 'Mohammad', 'Muhammad', 'Mohamed', 'Muhammed', 'Mohd'], 'muhamad'],
      [['Ahmed', 'Ahmad'], 'ahmad'],
      [['Hussein', 'Hussain', 'Husain', 'Hossein'], 'husain'],
      [['Youssef', 'Yousef', 'Yusuf', 'Yousuf'], 'yusuf'],
      [['Abdulrahman', 'Abdelrahman', 'Abdurrahman', 'Abdrahman'], 'abdrahman'],
      [['Abdullah', 'Abdallah', 'Abdulla'], 'abda'],
      [['Philip', 'Filip'], 'filip'],
      [['Penny', 'Peny'], 'peni'],
      [['Yoon', 'Yun'], 'yun'],
      [['Kareem', 'Karim'], 'karim'],
    ] as const)
      for (const form of forms) expect(skeletonToken(form.toLowerCase()), form).toBe(skeleton);
  });

  it('leave tokens under four letters alone', () => {
    for (const t of ['un', 'il', 'yi', 'lee', 'le', 'li', 'kim', 'jae']) expect(skeletonToken(t)).toBe(t);
  });

  it('give variant spellings of one name one skeleton', () => {
    for (const [a, b] of [
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Mohammed bin Abdulrahman Al Thani', 'Mohammad bin Abdulrahman Al-Thani'],
      ['Sheikh Mohammed bin Abdulrahman Al Thani', 'Muhammad bin Abdul Rahman Al Thani'],
      ['Abd al-Rahman Yusuf', 'Abdel Rahman Youssef'],
      ['Penny Wong', 'Peny Wong'],
      ['Dmitry Medvedev', 'Dmitriy Medvedev'],
      ['Yoon Suk Yeol', 'Yun Suk Yeol'],
      ["Sione Hu'akavameiliku", 'Sione Huakavameiliku'],
      ['Lars Løkke Rasmussen', 'Lars Lokke Rasmussen'],
      ['Radosław Sikorski', 'Radoslaw Sikorski'],
    ] as const)
      expect(nameSkeleton(a), `${a} / ${b}`).toBe(nameSkeleton(b));
  });

  it('are empty for a one-word name: a lone surname is too little to match fuzzily', () => {
    expect(nameSkeleton('Lavrov')).toBe('');
    expect(nameSkeleton('H.E. Mr. Lavrov')).toBe('');
    expect(nameSkeleton('%')).toBe('');
  });
});

describe('typos', () => {
  it('count one insertion, deletion, substitution or swap as one edit', () => {
    for (const [a, b, one] of [
      ['balakrishnan', 'balakrishan', true],
      ['antoni', 'anthoni', true],
      ['blinken', 'blinkin', true],
      ['blinken', 'bilnken', true],
      ['blinken', 'blinken', false],
      ['kerry', 'kelly', false],
      ['myung', 'yong', false],
      ['abc', 'abcde', false],
    ] as const)
      expect(oneEdit(a, b), `${a} / ${b}`).toBe(one);
  });

  it('need two long tokens with the same first and last letter', () => {
    expect(typoPair('balakrishnan', 'balakrishan')).toBe(true);
    expect(typoPair('zhang', 'zheng')).toBe(false); // two common surnames, five letters
    expect(typoPair('francesco', 'francesca')).toBe(false); // the last letter: another person
    expect(typoPair('lavrov', 'lavrova')).toBe(false);
    expect(typoPair('ksiang', 'qiang')).toBe(false); // Xiang / Qiang: the first letter
  });

  it('look a name up under one block per long token whose companions identify it', () => {
    expect(typoBlocks(['balakrishnan', 'vivian'])).toEqual(['vivian|bn', 'balakrishnan|vn']);
    expect(typoBlocks(['jiabao', 'wen'])).toEqual([]); // "wen" alone is too little to go on
    expect(typoBlocks(['jong', 'kim', 'un'])).toEqual([]);
  });

  it('file an alias under the blocks of its two longest long tokens', () => {
    expect(filedBlocks(['balakrishnan', 'vivian'])).toEqual(['vivian|bn', 'balakrishnan|vn']);
    expect(filedBlocks(['abdrahman', 'jasim', 'muhamad', 'thani'])).toEqual([
      'jasim muhamad thani|an',
      'abdrahman jasim thani|md',
    ]);
    expect(filedBlocks(['lavrov', 'sergei'])).toEqual(['sergei|lv', 'lavrov|si']);
    expect(filedBlocks(['wang', 'yi'])).toEqual(['', '']);
  });

  it('match skeletons one slip apart', () => {
    expect(typoMatch(['balakrishnan', 'vivian'], ['balakrishan', 'vivian'])).toBe(true);
    expect(typoMatch(['balakrishnan', 'vivian'], ['balakrishan', 'vivain'])).toBe(false); // two slips
    expect(typoMatch(['balakrishnan', 'vivian'], ['balakrishan', 'lee', 'vivian'])).toBe(false);
    expect(typoMatch(['jiabao', 'wen'], ['jiahao', 'wen'])).toBe(false);
  });
});

describe('fuzzy sameness', () => {
  it('joins spellings of one person', () => {
    for (const [a, b] of [
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Antony Blinken', 'Anthony Blinken'],
      ['Mohammed bin Abdulrahman Al Thani', 'Mohammad bin Abdulrahman Al-Thani'],
      ['Penny Wong', 'Peny Wong'],
      ['Vivian Balakrishnan', 'Vivian Balakrishan'],
      ['Vivian Balakrishnan', 'Vivain Balakrishnan'],
      ['Mikhail Galuzin', 'Mihail Galuzin'],
      ['Youssef Amrani', 'Yusuf Amrani'],
    ] as const)
      expect(fuzzySame(a, b), `${a} / ${b}`).toBe(true);
  });

  it('keeps different people apart', () => {
    for (const [a, b, why] of [
      ['Kim Jong Un', 'Kim Jong Il', 'short tokens must match exactly'],
      ['John Kerry', 'John Kelly', 'two letters differ, and short'],
      ['Lee Jae-myung', 'Lee Jae-yong', 'two edits'],
      ['Zhang Wei', 'Zheng Wei', 'a pinyin vowel is a different surname'],
      ['Zhou Enlai', 'Zhu Enlai', 'no ou→u rule: Zhou and Zhu are different surnames'],
      ['Nguyen Khanh', 'Nguyen Hanh', 'no kh→h rule: different Vietnamese names'],
      ['Le Hoai Trung', 'Le Hoai Trang', 'five letters are too short for a typo'],
      ['Li Qiang', 'Li Xiang', 'different first letter'],
      ['Wen Jiabao', 'Wen Jiahao', 'the shared part, "Wen", identifies too little'],
      ['Wang Wentao', 'Wang Wenhao', 'the shared part, "Wang", identifies too little'],
      ['Wang Yi', 'Wang Ye', 'short tokens'],
      ['Francesco Rossi', 'Francesca Rossi', 'the edit is on the last letter'],
      ['Sergei Lavrov', 'Sergei Lavrova', 'the edit is on the last letter'],
      ['Andrea Rossi', 'Andreas Rossi', 'the edit is on the last letter'],
      ['Lavrov', 'Lavrof', 'one word'],
      ['Kim Jong Un', 'Kim Jong Un Il', 'a different number of tokens'],
    ] as const) {
      expect(nameKey(a), why).not.toBe(nameKey(b));
      expect(fuzzySame(a, b), `${a} / ${b}: ${why}`).toBe(false);
    }
  });
});
