// sellerdesk-cli for the test suite only: the same commands as the shipped program, with "now" taken
// from SELLERDESK_TEST_NOW (ISO 8601, e.g. 2024-05-13T01:00:00Z) so runs are reproducible. Nothing
// installs this program; the shipped sellerdesk-cli has no way to move its clock.
#include "cli/cli_main.h"
#include "core/calendar/clock.h"

#include <QDateTime>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    const char *text = std::getenv("SELLERDESK_TEST_NOW");
    if (!text || !*text)
        return sd::cliMain(argc, argv, sd::Clock::system());
    const QDateTime at = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
    if (!at.isValid()) {
        std::fprintf(stderr, "SELLERDESK_TEST_NOW must look like 2024-05-13T01:00:00Z\n");
        return 2;
    }
    const sd::FixedClock clock(at);
    return sd::cliMain(argc, argv, clock);
}
