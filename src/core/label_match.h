#pragma once
#include <QString>

namespace sd {

// Internal to core: the key used to match a code or label typed by a user or found in a file.
// Case and whitespace are ignored, so "talk_checkout", "상품 준비중" and "상품 준비 중" all match.
QString labelMatchKey(const QString &text);

} // namespace sd
