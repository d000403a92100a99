#pragma once
#include <QString>
#include <optional>

class QWidget;

namespace sd {

// Asks the password of a password-protected download (Naver's 발주발송관리 file), without echo, in the
// dialog named filePasswordDialog. The imports call it when the file needs one and again after a wrong
// one (the caller says why first). nullopt when the user cancelled.
std::optional<QString> askFilePassword(QWidget *parent, const QString &title, const QString &fileName);

} // namespace sd
