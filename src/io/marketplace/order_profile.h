#pragma once
#include "core/orders/channel.h"
#include "io/formats/table_rows.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// One column of an order-file layout: the field it fills, the header texts that name it (aliases, the first
// found wins), whether an import needs it, where we learned it, and whether that source is strong enough
// (`verified` false: seen in one weak source only; the mapping dialog shows it so).
struct ProfileColumn
{
    QString field; // an orderImportFields() id: product_order_no, status, fee.payment ...
    QStringList headers;
    bool required = false;
    QString source; // a URL or "reference: marketplaces.md ..."
    bool verified = true;
    QString note;
};

// A column profile: how one marketplace download (or SellerDesk's own export, or a layout the seller
// mapped) names its columns. Profiles are data: resources/profiles/*.json, and the seller's own in the
// store's data folder (services/orders/order_import).
struct OrderProfile
{
    QString name;  // the id: naver_dispatch, kakao_store, sellerdesk, or a user profile's name
    QString title;   // the English title (a user profile's: as the seller typed it)
    QString titleKo; // the Korean title of a built-in profile ("title_ko" in its file)
    std::optional<Channel> channel; // the channel of every row; none: the file says it (a 판매채널 column)
    QString source;
    QString note;
    bool verified = true;
    bool builtIn = false;
    QList<ProfileColumn> columns;

    const ProfileColumn *column(const QString &field) const;
    bool hasUnverifiedColumns() const;
    // The title in the language of the running program (QLocale's default, set with the translations).
    QString shownTitle() const;
};

// The fields an order file can fill, in the order the mapping dialog lists them. Ids are stable (they are
// stored in user profiles); `fee.` ids are kept as reported for settlement.
struct ImportField
{
    const char *id;
    const char *label; // QT_TRANSLATE_NOOP("sd::ImportField", …)
};
const QList<ImportField> &orderImportFields();
QString importFieldLabel(const QString &id); // translated; the id itself when unknown
bool isKnownImportField(const QString &id);
// The fields every import needs (a profile the seller maps must name their columns): product_order_no,
// status, paid_at, product_name, quantity.
const QStringList &requiredImportFields();

// The profiles shipped in resources (naver_dispatch, naver_order_search, kakao_store, talk_checkout,
// sellerdesk), read once.
const QList<OrderProfile> &builtInProfiles();

// JSON of one profile (the resource format; user profiles use it too). `error` is translated.
std::optional<OrderProfile> profileFromJson(const QByteArray &json, QString *error);
QByteArray profileToJson(const OrderProfile &profile);

// Where a profile finds its columns in a sheet.
struct ProfileMatch
{
    std::optional<OrderProfile> profile; // a copy: the match outlives the list it came from
    int headerRow = -1;          // index into the table's rows (spreadsheet row headerRow + 1); -1: none
    QList<int> columnOf;         // per profile column: the sheet's column index, or -1 when absent
    QStringList missingRequired; // the headers of required columns the header row lacks
    int matchedRequired = 0;
    int matched = 0;

    bool complete() const { return headerRow >= 0 && missingRequired.isEmpty(); }
    int column(const QString &field) const;
};

// How many rows from the top are searched for the header (Naver's notice line sits above it).
constexpr int kHeaderSearchRows = 10;

// The profile's best header row among the first kHeaderSearchRows rows: the one matching most
// required headers, then most headers. Header text is compared without white space.
ProfileMatch matchProfile(const TableRows &rows, const OrderProfile &profile);
// Recognises the file: the complete match (the seller's own profiles first, then the most header cells
// matched; ties: the first profile). A complete built-in profile wins only when it matches at least as many
// header cells as the closest incomplete one (most required, then most columns); otherwise, and when none
// is complete, the closest is returned with complete() false and missingRequired naming what it lacks (a
// Naver download with a required column hidden is not taken for talk_checkout's five columns).
ProfileMatch recogniseProfile(const TableRows &rows, const QList<const OrderProfile *> &profiles);

} // namespace sd
