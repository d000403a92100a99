// sellerdesk-cli as users install it. "Now" is the system clock and nothing else: no variable or
// argument can move it (a movable clock would clear lockouts and backdate the audit log).
#include "cli/cli_main.h"
#include "core/calendar/clock.h"

int main(int argc, char *argv[])
{
    return sd::cliMain(argc, argv, sd::Clock::system());
}
