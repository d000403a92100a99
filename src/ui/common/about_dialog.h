#pragma once
#include <QDialog>

namespace sd {

// 도움말 › 정보: the version (the CMake project version), the Qt the program runs on and was built with,
// the store's file, and the licences of Qt and every bundled library (packaging/THIRD-PARTY-NOTICES.md,
// embedded as the resource :/legal/THIRD-PARTY-NOTICES.md).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    static QString versionText();  // "SellerDesk 0.1.0"
    static QString qtText();       // "Qt 6.4.2 (built with 6.4.2)"
    static QString noticesMarkdown();
};

} // namespace sd
