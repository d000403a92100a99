#include "cli/password_prompt.h"

#include <cstdio>
#include <iterator>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sd {

namespace {

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace

std::optional<QString> readPassword(const QString &prompt)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode))
        return readLine();
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    // ReadConsoleW gives UTF-16, so Hangul passwords arrive intact whatever the console code page.
    std::wstring text;
    wchar_t buffer[256];
    DWORD read = 0;
    bool ok = false;
    while (ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &read, nullptr) && read > 0) {
        text.append(buffer, read);
        if (text.find(L'\n') != std::wstring::npos) {
            ok = true;
            break;
        }
    }
    SetConsoleMode(in, mode);
    std::fputs("\n", stderr);
    if (!ok && text.empty())
        return std::nullopt;
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r'))
        text.pop_back();
    return QString::fromWCharArray(text.data(), qsizetype(text.size()));
#else
    if (!isatty(STDIN_FILENO))
        return readLine();
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const std::optional<QString> line = readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    else
        std::fputs("\n", stderr);
    return line;
#endif
}

} // namespace sd
