#pragma once
#include <QString>

namespace sd {

// Korean particles (조사) depend on the word before them: 주문이 / 주소가, 번호를 / 이름을, 서울로 /
// 부산으로. Messages put values into sentences, so the particle can only be chosen once the value is known.
//
// How it meets tr(): a Korean translation writes the particle right after its placeholder as a pair
// in braces, the form after a final consonant first: "%1{이/가} 없습니다", "%1{을/를}", "%1{은/는}",
// "%1{과/와}", "%1{으로/로}", "%1{이에요/예요}". argWithParticle() fills the placeholder and picks the
// particle from the value in one step, so the translation keeps a single placeholder and English
// strings (which have no braces) pass through unchanged. A plain QString::arg() would leave the braces
// in the text, so every string whose translation has one is filled with argWithParticle().

// Whether the word's last pronounced syllable has a final consonant (받침), and whether that is ㄹ.
// Hangul syllables are read directly; digits as Sino-Korean numbers (1 일, 2 이, 3 삼, ... 10 십);
// Latin letters by their Korean letter names (L 엘, M 엠, N 엔, R 알; others without 받침), with a
// few word endings for lowercase words (-ng, -m, -n: 받침; -l, -le: ㄹ). Trailing quotes, brackets and
// punctuation are skipped. A word with nothing readable counts as ending in a vowel.
struct FinalSound
{
    bool consonant = false;
    bool rieul = false; // ㄹ: takes 로, not 으로
};
FinalSound finalSound(const QString &word);

// The particle of `pair` ("이/가", "을/를", "으로/로", ...) that fits after `word`.
QString particleAfter(const QString &word, const QString &pair);

// Like text.arg(value), and a particle pair in braces right after the placeholder it fills becomes
// the particle that fits `value`.
QString argWithParticle(const QString &text, const QString &value);

} // namespace sd
