#include "core/channel.h"

#include "core/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

struct ChannelRow
{
    Channel channel;
    const char *code;
    const char *english; // translation source, context sd::Channel
    const char *korean;  // always accepted by parseChannel, whatever the current translator
    const char *koreanAlias;
};

const ChannelRow kChannelRows[] = {
    {Channel::NaverSmartstore, "NAVER", QT_TRANSLATE_NOOP("sd::Channel", "Naver Smartstore"),
     "네이버 스마트스토어", "스마트스토어"},
    {Channel::KakaoStore, "KAKAO", QT_TRANSLATE_NOOP("sd::Channel", "Kakao Talk Store"), "카카오 톡스토어",
     "톡스토어"},
    {Channel::TalkCheckout, "TALK_CHECKOUT", QT_TRANSLATE_NOOP("sd::Channel", "Kakao Talk Checkout"),
     "톡체크아웃", "카카오 톡체크아웃"},
};

const ChannelRow &rowFor(Channel c)
{
    for (const ChannelRow &row : kChannelRows) {
        if (row.channel == c)
            return row;
    }
    return kChannelRows[0];
}

} // namespace

QList<Channel> allChannels()
{
    QList<Channel> list;
    for (const ChannelRow &row : kChannelRows)
        list.append(row.channel);
    return list;
}

QString channelCode(Channel c)
{
    return QString::fromLatin1(rowFor(c).code);
}

QString channelLabel(Channel c)
{
    return QCoreApplication::translate("sd::Channel", rowFor(c).english);
}

std::optional<Channel> parseChannel(const QString &text)
{
    const QString key = labelMatchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const ChannelRow &row : kChannelRows) {
        if (key == labelMatchKey(QString::fromLatin1(row.code)) ||
            key == labelMatchKey(QString::fromLatin1(row.english)) ||
            key == labelMatchKey(QString::fromUtf8(row.korean)) ||
            (row.koreanAlias && key == labelMatchKey(QString::fromUtf8(row.koreanAlias))) ||
            key == labelMatchKey(channelLabel(row.channel)))
            return row.channel;
    }
    return std::nullopt;
}

} // namespace sd
