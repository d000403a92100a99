#pragma once
#include <QString>
#include <QtGlobal>

namespace sd {

// Money is whole won. No floating point anywhere money flows.
using Won = qint64;

// "12,345원" (Korean) / "₩12,345" is not used: sellers read 원 in both languages.
QString formatWon(Won amount);
// "12,345" without the unit, for tables where the header says (원).
QString formatWonPlain(Won amount);

} // namespace sd
