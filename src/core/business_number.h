#pragma once
#include <QString>

namespace sd {

// 사업자등록번호: 10 digits, check digit per the National Tax Service rule.
QString businessNumberDigits(const QString &text); // keeps digits only
bool isValidBusinessNumber(const QString &text);   // accepts with or without hyphens
QString formatBusinessNumber(const QString &text); // 1234567890 -> 123-45-67890 (as given if not 10 digits)

} // namespace sd
