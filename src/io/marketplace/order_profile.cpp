#include "io/marketplace/order_profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>

namespace sd {

namespace {

// Header text without any white space or BOM, so "송장 번호" and "송장번호 " both match.
QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            out.append(c);
    }
    return out;
}

// Translation context "sd::OrderProfile": OrderProfileText::tr("...") is filed there by lupdate and looked up
// there (a plain function called tr() would be filed under "sd" and never found).
class OrderProfileText
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderProfile)
};

} // namespace

QString OrderProfile::shownTitle() const
{
    return QLocale().language() == QLocale::Korean && !titleKo.isEmpty() ? titleKo : title;
}

const ProfileColumn *OrderProfile::column(const QString &field) const
{
    for (const ProfileColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

bool OrderProfile::hasUnverifiedColumns() const
{
    for (const ProfileColumn &c : columns) {
        if (!c.verified)
            return true;
    }
    return false;
}

int ProfileMatch::column(const QString &field) const
{
    if (!profile)
        return -1;
    for (int i = 0; i < profile->columns.size(); ++i) {
        if (profile->columns.at(i).field == field)
            return columnOf.value(i, -1);
    }
    return -1;
}

const QList<ImportField> &orderImportFields()
{
    static const QList<ImportField> fields = {
        {"product_order_no", QT_TRANSLATE_NOOP("sd::ImportField", "Product order no.")},
        {"order_no", QT_TRANSLATE_NOOP("sd::ImportField", "Order no.")},
        {"channel", QT_TRANSLATE_NOOP("sd::ImportField", "Channel")},
        {"status", QT_TRANSLATE_NOOP("sd::ImportField", "Status")},
        {"status_detail", QT_TRANSLATE_NOOP("sd::ImportField", "Detail status")},
        {"claim_status", QT_TRANSLATE_NOOP("sd::ImportField", "Claim status")},
        {"paid_at", QT_TRANSLATE_NOOP("sd::ImportField", "Paid at")},
        {"ordered_at", QT_TRANSLATE_NOOP("sd::ImportField", "Ordered at")},
        {"product_name", QT_TRANSLATE_NOOP("sd::ImportField", "Product")},
        {"option", QT_TRANSLATE_NOOP("sd::ImportField", "Option")},
        {"quantity", QT_TRANSLATE_NOOP("sd::ImportField", "Quantity")},
        {"unit_price", QT_TRANSLATE_NOOP("sd::ImportField", "Unit price")},
        {"option_price", QT_TRANSLATE_NOOP("sd::ImportField", "Option price")},
        {"discount", QT_TRANSLATE_NOOP("sd::ImportField", "Discount")},
        {"total_amount", QT_TRANSLATE_NOOP("sd::ImportField", "Total amount")},
        {"shipping_fee", QT_TRANSLATE_NOOP("sd::ImportField", "Shipping fee")},
        {"dispatch_due", QT_TRANSLATE_NOOP("sd::ImportField", "Dispatch due")},
        {"courier", QT_TRANSLATE_NOOP("sd::ImportField", "Courier")},
        {"tracking_no", QT_TRANSLATE_NOOP("sd::ImportField", "Tracking no.")},
        {"confirmed_at", QT_TRANSLATE_NOOP("sd::ImportField", "Confirmed at")},
        {"shipped_at", QT_TRANSLATE_NOOP("sd::ImportField", "Shipped at")},
        {"delivered_at", QT_TRANSLATE_NOOP("sd::ImportField", "Delivered at")},
        {"buyer_name", QT_TRANSLATE_NOOP("sd::ImportField", "Buyer")},
        {"buyer_phone", QT_TRANSLATE_NOOP("sd::ImportField", "Buyer phone")},
        {"recipient_name", QT_TRANSLATE_NOOP("sd::ImportField", "Recipient")},
        {"recipient_phone1", QT_TRANSLATE_NOOP("sd::ImportField", "Phone 1")},
        {"recipient_phone2", QT_TRANSLATE_NOOP("sd::ImportField", "Phone 2")},
        {"postcode", QT_TRANSLATE_NOOP("sd::ImportField", "Postcode")},
        {"address", QT_TRANSLATE_NOOP("sd::ImportField", "Address")},
        {"address_detail", QT_TRANSLATE_NOOP("sd::ImportField", "Detail address")},
        {"delivery_message", QT_TRANSLATE_NOOP("sd::ImportField", "Delivery message")},
        {"customs_code", QT_TRANSLATE_NOOP("sd::ImportField", "Personal customs code")},
        {"settlement_expected", QT_TRANSLATE_NOOP("sd::ImportField", "Expected settlement")},
        {"fee.payment", QT_TRANSLATE_NOOP("sd::ImportField", "Naver Pay order fee")},
        {"fee.sales_link", QT_TRANSLATE_NOOP("sd::ImportField", "Sales-linked fee")},
        {"fee.kakao_base", QT_TRANSLATE_NOOP("sd::ImportField", "Kakao base fee")},
        {"fee.kakao_exposure", QT_TRANSLATE_NOOP("sd::ImportField", "Kakao exposure fee")},
        {"fee.kakao_reward", QT_TRANSLATE_NOOP("sd::ImportField", "Kakao reward fee")},
        {"fee.kakao_discount", QT_TRANSLATE_NOOP("sd::ImportField", "Kakao fee discount")},
    };
    return fields;
}

QString importFieldLabel(const QString &id)
{
    for (const ImportField &f : orderImportFields()) {
        if (id == QLatin1String(f.id))
            return QCoreApplication::translate("sd::ImportField", f.label);
    }
    return id;
}

const QStringList &requiredImportFields()
{
    static const QStringList fields = {QStringLiteral("product_order_no"), QStringLiteral("status"),
                                       QStringLiteral("paid_at"), QStringLiteral("product_name"),
                                       QStringLiteral("quantity")};
    return fields;
}

bool isKnownImportField(const QString &id)
{
    for (const ImportField &f : orderImportFields()) {
        if (id == QLatin1String(f.id))
            return true;
    }
    return false;
}

std::optional<OrderProfile> profileFromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(parse.error != QJsonParseError::NoError
                        ? OrderProfileText::tr("The profile is not valid JSON (at character %1).").arg(parse.offset)
                        : OrderProfileText::tr("The profile is not valid JSON: it must be one object { … }."));
    const QJsonObject o = doc.object();
    OrderProfile p;
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty())
        return fail(OrderProfileText::tr("The profile has no name."));
    p.title = o.value(QLatin1String("title")).toString(p.name);
    p.titleKo = o.value(QLatin1String("title_ko")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.note = o.value(QLatin1String("note")).toString();
    p.verified = o.value(QLatin1String("verified")).toBool(true);
    const QString channel = o.value(QLatin1String("channel")).toString();
    if (!channel.isEmpty()) {
        p.channel = parseChannel(channel);
        if (!p.channel)
            return fail(
                OrderProfileText::tr("The profile %1 names an unknown channel \"%2\".").arg(p.name, channel));
    }
    QStringList fields;
    for (const QJsonValue &v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        ProfileColumn col;
        col.field = c.value(QLatin1String("field")).toString();
        if (!isKnownImportField(col.field))
            return fail(
                OrderProfileText::tr("The profile %1 names an unknown field \"%2\".").arg(p.name, col.field));
        if (fields.contains(col.field))
            return fail(OrderProfileText::tr("The profile %1 names the field %2 twice.")
                            .arg(p.name, importFieldLabel(col.field)));
        fields << col.field;
        const QJsonValue headers = c.value(QLatin1String("headers"));
        if (headers.isString())
            col.headers << headers.toString();
        for (const QJsonValue &h : headers.toArray())
            col.headers << h.toString();
        col.headers.removeAll(QString());
        if (col.headers.isEmpty())
            return fail(OrderProfileText::tr("The profile %1 gives no header for the field %2.")
                            .arg(p.name, importFieldLabel(col.field)));
        col.required = c.value(QLatin1String("required")).toBool(false);
        col.source = c.value(QLatin1String("source")).toString();
        col.verified = c.value(QLatin1String("verified")).toBool(true);
        col.note = c.value(QLatin1String("note")).toString();
        p.columns << col;
    }
    if (!p.column(QStringLiteral("product_order_no")))
        return fail(
            OrderProfileText::tr("The profile %1 has no column for the product order number.").arg(p.name));
    return p;
}

QByteArray profileToJson(const OrderProfile &p)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), p.name);
    o.insert(QLatin1String("title"), p.title);
    if (!p.titleKo.isEmpty())
        o.insert(QLatin1String("title_ko"), p.titleKo);
    if (p.channel)
        o.insert(QLatin1String("channel"), channelCode(*p.channel));
    if (!p.source.isEmpty())
        o.insert(QLatin1String("source"), p.source);
    if (!p.note.isEmpty())
        o.insert(QLatin1String("note"), p.note);
    if (!p.verified)
        o.insert(QLatin1String("verified"), false);
    QJsonArray columns;
    for (const ProfileColumn &c : p.columns) {
        QJsonObject j;
        j.insert(QLatin1String("field"), c.field);
        j.insert(QLatin1String("headers"), QJsonArray::fromStringList(c.headers));
        j.insert(QLatin1String("required"), c.required);
        if (!c.source.isEmpty())
            j.insert(QLatin1String("source"), c.source);
        if (!c.verified)
            j.insert(QLatin1String("verified"), false);
        if (!c.note.isEmpty())
            j.insert(QLatin1String("note"), c.note);
        columns.append(j);
    }
    o.insert(QLatin1String("columns"), columns);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const QList<OrderProfile> &builtInProfiles()
{
    static const QList<OrderProfile> profiles = [] {
        QList<OrderProfile> list;
        // Recognition breaks ties by this order: the marketplaces' full downloads first.
        for (const char *name :
             {"naver_dispatch", "naver_order_search", "kakao_store", "talk_checkout", "sellerdesk"}) {
            QFile f(QStringLiteral(":/profiles/%1.json").arg(QLatin1String(name)));
            QString error;
            const auto p = f.open(QIODevice::ReadOnly) ? profileFromJson(f.readAll(), &error) : std::nullopt;
            if (!p) {
                qWarning("built-in profile %s unreadable: %s", name, qPrintable(error));
                continue;
            }
            OrderProfile built = *p;
            built.builtIn = true;
            list << built;
        }
        return list;
    }();
    return profiles;
}

ProfileMatch matchProfile(const TableRows &rows, const OrderProfile &profile)
{
    ProfileMatch best;
    best.columnOf = QList<int>(profile.columns.size(), -1);
    int required = 0;
    for (const ProfileColumn &c : profile.columns)
        required += c.required ? 1 : 0;
    QList<QStringList> compactHeaders; // per column: its headers compacted
    for (const ProfileColumn &c : profile.columns) {
        QStringList h;
        for (const QString &text : c.headers)
            h << compact(text);
        compactHeaders << h;
    }
    int bestRequired = -1, bestMatched = 0;
    for (int r = 0; r < qMin<qsizetype>(rows.size(), kHeaderSearchRows); ++r) {
        QList<QString> cells;
        for (qsizetype c = 0; c < rows.columnCount(r); ++c)
            cells << compact(rows.cell(r, c));
        ProfileMatch m;
        m.headerRow = r;
        m.columnOf = QList<int>(profile.columns.size(), -1);
        for (int i = 0; i < profile.columns.size(); ++i) {
            for (const QString &h : compactHeaders.at(i)) {
                const int at = int(cells.indexOf(h)); // the first of repeated headers wins
                if (at >= 0) {
                    m.columnOf[i] = at;
                    break;
                }
            }
            if (m.columnOf[i] >= 0) {
                ++m.matched;
                m.matchedRequired += profile.columns.at(i).required ? 1 : 0;
            }
        }
        if (m.matched == 0)
            continue;
        if (m.matchedRequired > bestRequired ||
            (m.matchedRequired == bestRequired && m.matched > bestMatched)) {
            best = m;
            bestRequired = m.matchedRequired;
            bestMatched = m.matched;
        }
    }
    for (int i = 0; i < profile.columns.size(); ++i) {
        const ProfileColumn &c = profile.columns.at(i);
        if (c.required && best.columnOf.value(i, -1) < 0)
            best.missingRequired << c.headers.constFirst();
    }
    Q_UNUSED(required);
    best.profile = profile;
    return best;
}

namespace {

// The sheet's header cells a match found (two profile columns may name the same cell).
int matchedCells(const ProfileMatch &m)
{
    QList<int> cells;
    for (const int c : m.columnOf) {
        if (c >= 0 && !cells.contains(c))
            cells << c;
    }
    return int(cells.size());
}

} // namespace

ProfileMatch recogniseProfile(const TableRows &rows, const QList<const OrderProfile *> &profiles)
{
    std::optional<ProfileMatch> complete, closest;
    int completeCells = -1;
    for (const OrderProfile *p : profiles) {
        ProfileMatch m = matchProfile(rows, *p);
        if (m.complete()) {
            // The seller's own profiles before the built-in ones (they mapped this layout themselves),
            // then the most header cells matched; ties: the first.
            const int cells = matchedCells(m);
            const bool better = !complete || (!p->builtIn && complete->profile->builtIn) ||
                                (p->builtIn == complete->profile->builtIn && cells > completeCells);
            if (better) {
                complete = std::move(m);
                completeCells = cells;
            }
        } else if (!closest || m.matchedRequired > closest->matchedRequired ||
                   (m.matchedRequired == closest->matchedRequired && m.matched > closest->matched)) {
            closest = std::move(m);
        }
    }
    // A built-in layout that is complete but explains fewer of the header's cells than an incomplete one
    // is a coincidence: a Naver download with one required column hidden still holds the five columns of
    // talk_checkout. The closer layout is named with what it lacks instead.
    if (complete &&
        (!complete->profile->builtIn || !closest || completeCells >= matchedCells(*closest)))
        return *complete;
    if (closest)
        return *closest;
    return ProfileMatch();
}

} // namespace sd
