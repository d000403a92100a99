#include "ui/common/about_dialog.h"

#include "ui/common/style/icon_set.h"
#include "ui/common/style/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SellerDesk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kSpaceL, Theme::kSpaceL, Theme::kSpaceL, Theme::kSpaceL);
    layout->setSpacing(Theme::kSpaceM);

    auto *head = new QHBoxLayout;
    head->setSpacing(Theme::kSpaceL);
    auto *logo = new QLabel(this);
    logo->setPixmap(QPixmap(QStringLiteral(":/icons/sellerdesk.png"))
                        .scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    head->addWidget(logo, 0, Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
            .arg(versionText().toHtmlEscaped(),
                 tr("Back office for Naver Smartstore, Kakao Talk Store and Talk Checkout sellers: orders, "
                    "shipping and deadlines in one window.")
                     .toHtmlEscaped(),
                 tr("Runs on %1.").arg(qtText()).toHtmlEscaped()));
    head->addWidget(title, 1);
    layout->addLayout(head);

    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("aboutDatabase"));
    database->setTextFormat(Qt::PlainText);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);
    Theme::setTone(database, Theme::Tone::Muted);
    layout->addWidget(database);

    auto *licences = new QLabel(tr("Third-party software and licences"), this);
    QFont bold = licences->font();
    bold.setBold(true);
    licences->setFont(bold);
    layout->addWidget(licences);
    auto *notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("aboutNotices"));
    notices->setOpenExternalLinks(true);
    notices->setMarkdown(noticesMarkdown());
    layout->addWidget(notices, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString AboutDialog::versionText()
{
    return tr("SellerDesk %1").arg(QStringLiteral(SELLERDESK_VERSION));
}

QString AboutDialog::qtText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? QStringLiteral("Qt %1").arg(running)
                            : tr("Qt %1 (built with Qt %2)").arg(running, built);
}

QString AboutDialog::noticesMarkdown()
{
    QFile f(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.md"));
    if (!f.open(QIODevice::ReadOnly))
        return tr("The list of third-party licences is missing from this build.");
    return QString::fromUtf8(f.readAll());
}

} // namespace sd
