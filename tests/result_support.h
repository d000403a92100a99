#pragma once
#include "core/common/result.h"

#include <QString>
#include <utility>

// Tests print a failure's message and log detail: these keep them in a QString beside the check.

// True when `r` is ok; otherwise `message` (when given) gets the message and the detail.
inline bool okOr(const sd::Result &r, QString *message)
{
    if (!r.ok() && message)
        *message = r.detail.isEmpty() ? r.message : r.message + QStringLiteral(" | ") + r.detail;
    return r.ok();
}

// Calls `open(sd::Result *)` (Database::open, Workspace::open, openReadConnection …) and keeps the
// failure's text in `message`.
template <class Open>
auto keepMessage(QString *message, Open &&open)
{
    sd::Result status;
    auto value = std::forward<Open>(open)(&status);
    okOr(status, message);
    return value;
}
