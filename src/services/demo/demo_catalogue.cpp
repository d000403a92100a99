#include "services/demo/demo_catalogue.h"

#include <QStringList>
#include <iterator>

namespace sd::demo {

namespace {

enum class OptionKind { ColorSize, Color, ShoeSize, Weight, Capacity, Set, None };

struct ProductTemplate
{
    const char *name;
    int minPrice;
    int maxPrice;
    OptionKind options;
    bool madeToOrder; // 주문제작: longer dispatch time
};

const ProductTemplate kProducts[] = {
    {"[데일리무드] 오버핏 코튼 반팔 티셔츠 남녀공용", 12900, 19900, OptionKind::ColorSize, false},
    {"[데일리무드] 기모 맨투맨 루즈핏", 24900, 34900, OptionKind::ColorSize, false},
    {"[데일리무드] 후드 집업 투웨이 지퍼", 35900, 49900, OptionKind::ColorSize, false},
    {"[데일리무드] 린넨 오픈카라 셔츠", 29900, 39900, OptionKind::ColorSize, false},
    {"[데일리무드] 와이드 밴딩 슬랙스", 27900, 36900, OptionKind::ColorSize, false},
    {"[데일리무드] 세미와이드 데님 팬츠", 32900, 45900, OptionKind::ColorSize, false},
    {"[데일리무드] 꽈배기 니트 가디건", 38900, 52900, OptionKind::ColorSize, false},
    {"[데일리무드] 경량 패딩 조끼", 29900, 42900, OptionKind::ColorSize, false},
    {"[데일리무드] 골지 목폴라 티셔츠", 15900, 21900, OptionKind::ColorSize, false},
    {"[데일리무드] 트레이닝 조거 팬츠", 22900, 29900, OptionKind::ColorSize, false},
    {"[어반핏] 쿠셔닝 데일리 러닝화", 49900, 79900, OptionKind::ShoeSize, false},
    {"[어반핏] 캔버스 로우 스니커즈", 29900, 45900, OptionKind::ShoeSize, false},
    {"[어반핏] 소가죽 로퍼", 69900, 99900, OptionKind::ShoeSize, false},
    {"[어반핏] 경량 슬리퍼 EVA", 9900, 15900, OptionKind::ShoeSize, false},
    {"[어반핏] 캔버스 토트백 대용량", 19900, 29900, OptionKind::Color, false},
    {"[어반핏] 소가죽 카드지갑", 25900, 39900, OptionKind::Color, false},
    {"[어반핏] 나일론 미니 크로스백", 32900, 45900, OptionKind::Color, false},
    {"[어반핏] 방수 노트북 백팩 15.6인치", 45900, 65900, OptionKind::Color, false},
    {"[어반핏] 울 비니 모자", 12900, 18900, OptionKind::Color, false},
    {"[어반핏] 캐시미어 터치 머플러", 19900, 29900, OptionKind::Color, false},
    {"[한결리빙] 규조토 발매트 대형", 14900, 22900, OptionKind::Color, false},
    {"[한결리빙] 호텔식 순면 수건 40수 5장", 19900, 29900, OptionKind::Color, false},
    {"[한결리빙] 마이크로화이바 차렵이불 퀸", 49900, 79900, OptionKind::Color, false},
    {"[한결리빙] 메모리폼 경추 베개", 29900, 45900, OptionKind::None, false},
    {"[한결리빙] 스테인리스 진공 텀블러", 14900, 24900, OptionKind::Capacity, false},
    {"[한결리빙] 내열유리 밀폐용기 세트", 24900, 35900, OptionKind::Set, false},
    {"[한결리빙] 무선 미니 가습기", 29900, 39900, OptionKind::Color, false},
    {"[한결리빙] 원목 수납 선반 3단", 39900, 59900, OptionKind::None, false},
    {"[한결리빙] 극세사 러그 원형", 25900, 39900, OptionKind::Color, false},
    {"[한결리빙] 주방 실리콘 조리도구 5종", 19900, 27900, OptionKind::Color, false},
    {"[한결리빙] 접이식 빨래 건조대", 24900, 34900, OptionKind::None, false},
    {"[한결리빙] 무타공 욕실 선반", 12900, 19900, OptionKind::Set, false},
    {"[소소공방] 이니셜 각인 가죽 키링", 9900, 15900, OptionKind::Color, true},
    {"[소소공방] 주문제작 원목 명패", 29900, 49900, OptionKind::None, true},
    {"[소소공방] 수제 향초 소이캔들", 15900, 25900, OptionKind::Set, true},
    {"[소소공방] 핸드메이드 도자기 머그", 19900, 29900, OptionKind::Color, true},
    {"[소소공방] 포토 각인 아크릴 무드등", 29900, 39900, OptionKind::None, true},
    {"[소소공방] 손뜨개 코스터 4P", 12900, 17900, OptionKind::Color, true},
    {"[제주농부] 제주 감귤 로얄과", 19900, 32900, OptionKind::Weight, false},
    {"[제주농부] 한라봉 선물세트", 34900, 59900, OptionKind::Weight, false},
    {"[바른식탁] 유기농 현미", 22900, 34900, OptionKind::Weight, false},
    {"[바른식탁] 국산 볶음 서리태", 15900, 23900, OptionKind::Weight, false},
    {"[바른식탁] 저온압착 참기름 350ml", 17900, 26900, OptionKind::Set, false},
    {"[바른식탁] 무농약 고춧가루 보통맛", 24900, 36900, OptionKind::Weight, false},
    {"[바른식탁] 수제 누룽지 바삭", 9900, 14900, OptionKind::Set, false},
    {"[바른식탁] 견과류 하루한줌 30봉", 21900, 29900, OptionKind::Set, false},
    {"[바른식탁] 유기농 보리차 티백", 8900, 12900, OptionKind::Set, false},
    {"[바른식탁] 명인 전통 된장", 18900, 27900, OptionKind::Weight, false},
    {"[바른식탁] 동결건조 과일칩 믹스", 12900, 18900, OptionKind::Set, false},
    {"[바른식탁] 콜드브루 원액 1L", 16900, 24900, OptionKind::Set, false},
    {"[그린데이] 저자극 약산성 클렌징폼", 12900, 18900, OptionKind::Set, false},
    {"[그린데이] 비건 수분 크림 50ml", 22900, 32900, OptionKind::Set, false},
    {"[그린데이] 무기자차 선크림 SPF50+", 16900, 24900, OptionKind::Set, false},
    {"[그린데이] 대나무 칫솔 10개입", 9900, 13900, OptionKind::Color, false},
    {"[그린데이] 천연 수세미 5P", 6900, 9900, OptionKind::Set, false},
    {"[그린데이] 고체 샴푸바 100g", 11900, 16900, OptionKind::Set, false},
    {"[펫플레이] 강아지 노즈워크 담요", 19900, 29900, OptionKind::Color, false},
    {"[펫플레이] 고양이 스크래쳐 하우스", 24900, 39900, OptionKind::None, false},
    {"[펫플레이] 반려동물 자동 급수기", 29900, 42900, OptionKind::Color, false},
    {"[펫플레이] 수제 닭가슴살 육포", 9900, 15900, OptionKind::Weight, true},
    {"[키즈앤조이] 원목 블록 100피스", 29900, 45900, OptionKind::None, false},
    {"[키즈앤조이] 유아 방수 턱받이 3종", 12900, 18900, OptionKind::Color, false},
    {"[키즈앤조이] 아기 내복 상하세트", 15900, 22900, OptionKind::ColorSize, false},
    {"[키즈앤조이] 실리콘 이유식 식판", 14900, 21900, OptionKind::Color, false},
    {"[테크온] 고속충전 USB-C 케이블 2m", 7900, 12900, OptionKind::Set, false},
    {"[테크온] 무선 충전 패드 15W", 19900, 29900, OptionKind::Color, false},
    {"[테크온] 블루투스 무소음 마우스", 15900, 24900, OptionKind::Color, false},
    {"[테크온] 알루미늄 노트북 거치대", 22900, 34900, OptionKind::Color, false},
    {"[테크온] 기계식 키보드 저소음 적축", 59900, 89900, OptionKind::Color, false},
    {"[테크온] 스마트폰 방수팩 2P", 8900, 12900, OptionKind::Color, false},
    {"[오늘의꽃] 프리저브드 플라워 박스", 39900, 69900, OptionKind::Color, true},
    {"[오늘의꽃] 드라이플라워 미니 꽃다발", 19900, 32900, OptionKind::Color, true},
    {"[오늘의꽃] 공기정화 식물 스투키 화분", 15900, 25900, OptionKind::None, false},
    {"[북앤노트] 가죽 다이어리 2026 만년형", 17900, 25900, OptionKind::Color, false},
    {"[북앤노트] 무지 노트 A5 3권", 8900, 12900, OptionKind::Color, false},
    {"[북앤노트] 젤잉크 중성펜 12색 세트", 9900, 14900, OptionKind::Set, false},
    {"[캠핑하우스] 경량 캠핑 의자", 39900, 59900, OptionKind::Color, false},
    {"[캠핑하우스] 접이식 롤 테이블", 49900, 79900, OptionKind::None, false},
    {"[캠핑하우스] LED 충전식 랜턴", 19900, 32900, OptionKind::Color, false},
    {"[캠핑하우스] 스테인리스 캠핑 컵 4P", 15900, 22900, OptionKind::Set, false},
};

std::vector<OptionChoice> optionChoices(OptionKind kind, Won price, Dice &dice)
{
    static const char *const colors[] = {"블랙",   "화이트", "네이비",   "그레이",
                                         "베이지", "카키",   "아이보리", "차콜"};
    std::vector<OptionChoice> out;
    auto colorsPicked = [&dice](int n) {
        QStringList list;
        const int start = dice.below(int(std::size(colors)));
        for (int i = 0; i < n; ++i)
            list << utf8(colors[(start + i) % int(std::size(colors))]);
        return list;
    };
    const QString color = QStringLiteral("색상: ");
    switch (kind) {
    case OptionKind::ColorSize: {
        const QStringList sizes{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"),
                                QStringLiteral("XL"), QStringLiteral("2XL")};
        for (const QString &c : colorsPicked(dice.between(2, 5))) {
            for (int s = 0; s < int(sizes.size()); ++s)
                out.push_back(
                    {color + c + QStringLiteral(" / 사이즈: ") + sizes.at(s), s >= 3 ? Won(2000) : Won(0)});
        }
        break;
    }
    case OptionKind::Color:
        for (const QString &c : colorsPicked(dice.between(2, 4)))
            out.push_back({color + c, 0});
        break;
    case OptionKind::ShoeSize:
        for (int mm = 230; mm <= 280; mm += 5)
            out.push_back({QStringLiteral("사이즈: ") + QString::number(mm), 0});
        break;
    case OptionKind::Weight: {
        const int kilos[] = {1, 2, 3, 5};
        for (int i = 0; i < 4; ++i)
            out.push_back({QStringLiteral("중량: ") + QString::number(kilos[i]) + QStringLiteral("kg"),
                           round100(price * (kilos[i] - 1) * 8 / 10)});
        break;
    }
    case OptionKind::Capacity: {
        const int ml[] = {350, 500, 750};
        for (int i = 0; i < 3; ++i)
            out.push_back(
                {QStringLiteral("용량: ") + QString::number(ml[i]) + QStringLiteral("ml"), Won(i) * 3000});
        break;
    }
    case OptionKind::Set:
        for (int n = 1; n <= 3; ++n)
            out.push_back(
                {QStringLiteral("구성: ") +
                     (n == 1 ? QStringLiteral("1개") : QString::number(n) + QStringLiteral("개 세트")),
                 round100(price * (n - 1) * 9 / 10)});
        break;
    case OptionKind::None:
        break;
    }
    return out;
}

} // namespace

std::vector<ProductModel> makeProducts(Dice &dice)
{
    const int total = int(std::size(kProducts));
    std::vector<int> order(static_cast<size_t>(total));
    for (int i = 0; i < total; ++i)
        order[size_t(i)] = i;
    for (int i = total - 1; i > 0; --i) // Fisher-Yates with our dice
        std::swap(order[size_t(i)], order[size_t(dice.below(i + 1))]);
    const int count = dice.between(30, std::min(80, total));
    const Weighted channel({600, 250, 150});
    std::vector<ProductModel> products;
    for (int i = 0; i < count; ++i) {
        const ProductTemplate &t = kProducts[order[size_t(i)]];
        ProductModel p;
        // Every channel sells something: the first three products go one to each channel.
        p.listing.channel = allChannels().at(i < 3 ? i : channel.pick(dice));
        p.listing.name = utf8(t.name);
        // Prices end in 900 or 000, as Korean shops price them.
        Won price = round100(t.minPrice + dice.below(t.maxPrice - t.minPrice + 1));
        price = (price / 1000) * 1000 + (dice.permille(700) ? 900 : 0);
        p.listing.price = price;
        p.listing.dispatchDays = t.madeToOrder ? 5 : 0;
        p.listing.sellerCode = QStringLiteral("SD-") + digits(i + 1, 4);
        switch (p.listing.channel) {
        case Channel::NaverSmartstore:
            p.listing.channelProductNo = QLatin1Char('8') + digits(dice.below64(1000000000), 9);
            break;
        case Channel::KakaoStore:
            p.listing.channelProductNo = QLatin1Char('1') + digits(dice.below64(100000000), 8);
            break;
        case Channel::TalkCheckout:
            p.listing.channelProductNo = QLatin1Char('5') + digits(dice.below64(100000000), 8);
            break;
        }
        p.options = optionChoices(t.options, price, dice);
        products.push_back(std::move(p));
    }
    return products;
}

} // namespace sd::demo
