#pragma once
#include <QList>
#include <QString>

namespace sd {

// Courier as the marketplaces name it (Naver deliveryCompanyCode). Tracking-number shapes come from
// open-source trackers; there is no public check digit, so only the shape is checked.
struct Courier
{
    QString code;       // CJGLS
    QString name;        // CJ대한통운: the name the marketplaces use (upload files, Korean UI)
    QString englishName; // CJ Logistics: shown when the UI language is English
    QList<int> lengths; // allowed digit counts; empty = any length up to maxLength
    int maxLength = 20;
    int minLength = 1;          // used when `lengths` is empty
    bool allowsLetters = false; // 기타 택배 (CH1) numbers may mix letters and digits
};

const QList<Courier> &couriers();
// The name to show: `name` in a Korean UI (QLocale's default language), `englishName` otherwise.
// Upload files keep `name`, which is what the marketplaces read.
QString courierLabel(const Courier &courier);
// The label of a courier code; the code itself when unknown, empty for an empty code.
QString courierLabel(const QString &code);
// By code (case-insensitive), Korean name or English name; nullptr when unknown.
const Courier *findCourier(const QString &codeOrName);
// Removes spaces and hyphens the user may type or paste.
QString normalizeTrackingNumber(const QString &raw);
// True when `normalized` (digits only) fits the courier's shape; otherwise `reason` says why, translated.
bool isTrackingNumberValid(const Courier &courier, const QString &normalized, QString *reason = nullptr);

} // namespace sd
