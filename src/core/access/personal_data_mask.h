#pragma once
#include <QString>

namespace sd {

// Masks for roles that need not see buyer data, the same in screens, exports and logs.
QString maskName(const QString &name);       // 김민수 -> 김*수, 이수 -> 이*, John Smith -> J*** S****
QString maskPhone(const QString &phone);     // 010-1234-5678 -> 010-****-5678
QString maskAddress(const QString &address); // keeps the first two words (시/도, 구/군), masks the rest
// 개인통관고유부호 (P + 12 digits): P123456789012 -> P12*******012, the first and last three characters
// as a phone keeps its prefix and line, enough to tell two codes apart on a call; a value of six
// characters or fewer is masked whole.
QString maskCustomsCode(const QString &code);
// What a column holds, for masking (a table description names it per column).
// Postcode keeps its first three digits (the 시/군/구, as the address mask keeps); Hidden shows only
// that something is there (a detail address or a delivery message can name a person or a door code).
enum class MaskClass { None, Name, Phone, Address, Postcode, Hidden, CustomsCode };
// The one masking rule of a table cell: the function above for its class, the value itself for None.
QString maskValue(MaskClass mask, const QString &value);
// Last four digits of a phone number, for search.
QString phoneLastDigits(const QString &phone);

} // namespace sd
