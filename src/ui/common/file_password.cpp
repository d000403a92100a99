#include "ui/common/file_password.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace sd {

std::optional<QString> askFilePassword(QWidget *parent, const QString &title, const QString &fileName)
{
    QInputDialog ask(parent);
    ask.setObjectName(QStringLiteral("filePasswordDialog"));
    ask.setWindowTitle(title);
    ask.setLabelText(QCoreApplication::translate("sd::DispatchImportFlow",
                                                 "%1 is protected with a password. Enter the password you "
                                                 "set when you downloaded it:")
                         .arg(fileName));
    ask.setTextEchoMode(QLineEdit::Password);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    return ask.textValue();
}

} // namespace sd
