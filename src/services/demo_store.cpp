#include "services/demo_store.h"

#include "core/business_number.h"
#include "core/courier.h"
#include "core/delay_reason.h"
#include "core/dispatch_deadline.h"
#include "core/order.h"
#include "core/seoul_time.h"
#include "services/setup_service.h"
#include "services/workspace.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/order_listing.h"
#include "storage/order_repository.h"
#include "storage/product_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace sd {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kDays = 90;

// Seeded dice. Every draw goes through here in a fixed order, so a seed gives the same store.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_rng.bounded(quint64(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool permille(int p) { return below(1000) < p; }

private:
    QRandomGenerator m_rng;
};

// A draw by integer weights (cumulative, binary search).
class Weighted
{
public:
    explicit Weighted(std::vector<qint64> weights)
    {
        qint64 sum = 0;
        for (qint64 w : weights)
            m_cumulative.push_back(sum += w);
    }
    int pick(Dice &dice) const
    {
        const qint64 r = dice.below64(m_cumulative.back());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    std::vector<qint64> m_cumulative;
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// Zero-padded decimal digits written straight into a buffer (no QString::arg per row).
void putDigits(QChar *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + char16_t(value % 10));
        value /= 10;
    }
}

QString digits(qint64 value, int width)
{
    QString s(width, Qt::Uninitialized);
    putDigits(s.data(), value, width);
    return s;
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

Won round100(qint64 won)
{
    return (won + 50) / 100 * 100;
}

// ---- People -------------------------------------------------------------------------------------

struct SurnameWeight
{
    const char *name;
    int weight; // per 10,000 people, from the census order of frequency
};

const SurnameWeight kSurnames[] = {
    {"김", 2150}, {"이", 1470}, {"박", 840}, {"최", 470}, {"정", 430}, {"강", 240}, {"조", 210}, {"윤", 210},
    {"장", 200},  {"임", 170},  {"한", 150}, {"오", 150}, {"서", 150}, {"신", 150}, {"권", 140}, {"황", 140},
    {"안", 130},  {"송", 130},  {"류", 120}, {"전", 110}, {"홍", 110}, {"고", 90},  {"문", 90},  {"양", 90},
    {"손", 90},   {"배", 80},   {"백", 80},  {"허", 70},  {"유", 60},  {"남", 60},  {"심", 50},  {"노", 50},
    {"하", 50},   {"곽", 40},   {"성", 40},  {"차", 40},  {"주", 40},  {"우", 40},  {"구", 40},  {"민", 30},
    {"진", 30},   {"나", 30},   {"지", 30},  {"엄", 30},  {"채", 30},  {"원", 30},  {"천", 20},  {"방", 20},
    {"공", 20},   {"현", 20},   {"남궁", 5}, {"황보", 5}, {"제갈", 3}, {"선우", 3},
};

const char *const kGivenNames[] = {
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우", "현우",
    "우진", "선우", "서진", "민재", "현준", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁", "은우",
    "지환", "승민", "유찬", "윤우", "서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유",
    "지민", "채원", "수아", "지아", "지윤", "은서", "다은", "예은", "수빈", "소율", "예린", "영수", "영희",
    "정숙", "미경", "은정", "지영", "현정", "수진", "민정", "혜진", "성민", "성호", "동현", "재훈", "상훈",
    "종현", "경민", "미영", "순자", "영자", "정희", "경희", "명숙", "혜원", "유진", "소연", "보람", "아름",
    "슬기", "다인", "나연", "가은", "태윤", "재원", "도현", "태민", "민혁", "진우", "상우", "형준", "재민",
    "동욱", "기현", "성진", "준영", "혜수", "미래", "수정", "은영", "선희", "경아", "주희", "하나", "세영",
    "민지", "예지", "나은", "서희", "태희", "윤아", "소희", "채은", "정민", "용준", "병철", "광수", "철수",
    "영호", "진호", "석진", "윤기", "남준",
};

struct District
{
    const char *area; // 시/도 시/군/구
    const char *roads[3];
    int postcodeFrom; // 5-digit postcodes of the district
    int postcodeTo;
};

const District kDistricts[] = {
    {"서울특별시 강남구", {"테헤란로", "논현로", "선릉로"}, 6010, 6375},
    {"서울특별시 서초구", {"서초대로", "반포대로", "방배로"}, 6500, 6800},
    {"서울특별시 송파구", {"올림픽로", "송파대로", "백제고분로"}, 5500, 5850},
    {"서울특별시 마포구", {"월드컵북로", "양화로", "독막로"}, 3900, 4215},
    {"서울특별시 관악구", {"관악로", "남부순환로", "신림로"}, 8700, 8870},
    {"서울특별시 노원구", {"동일로", "노원로", "상계로"}, 1600, 1920},
    {"서울특별시 강서구", {"공항대로", "화곡로", "양천로"}, 7500, 7810},
    {"서울특별시 성동구", {"왕십리로", "성수일로", "고산자로"}, 4700, 4810},
    {"서울특별시 종로구", {"종로", "자하문로", "율곡로"}, 3000, 3190},
    {"경기도 성남시 분당구", {"판교역로", "불정로", "정자일로"}, 13400, 13650},
    {"경기도 수원시 영통구", {"광교중앙로", "봉영로", "영통로"}, 16500, 16710},
    {"경기도 고양시 일산동구", {"중앙로", "일산로", "정발산로"}, 10300, 10460},
    {"경기도 용인시 수지구", {"포은대로", "수지로", "풍덕천로"}, 16800, 16990},
    {"경기도 화성시", {"동탄대로", "병점중앙로", "봉담읍 동화길"}, 18300, 18650},
    {"경기도 부천시", {"길주로", "부천로", "소향로"}, 14400, 14790},
    {"경기도 남양주시", {"경춘로", "다산중앙로", "별내중앙로"}, 12000, 12290},
    {"경기도 파주시", {"청석로", "가람로", "문산역로"}, 10800, 10990},
    {"인천광역시 연수구", {"송도과학로", "컨벤시아대로", "앵고개로"}, 21900, 22050},
    {"인천광역시 부평구", {"부평대로", "경원대로", "굴포로"}, 21300, 21450},
    {"부산광역시 해운대구", {"해운대로", "센텀중앙로", "달맞이길"}, 48000, 48130},
    {"부산광역시 부산진구", {"중앙대로", "가야대로", "새싹로"}, 47100, 47370},
    {"부산광역시 수영구", {"광안해변로", "수영로", "망미번영로"}, 48200, 48310},
    {"대구광역시 수성구", {"달구벌대로", "동대구로", "들안로"}, 42000, 42300},
    {"대구광역시 달서구", {"월배로", "상인로", "달서대로"}, 42600, 42840},
    {"광주광역시 서구", {"상무중앙로", "운천로", "죽봉대로"}, 61900, 62090},
    {"대전광역시 유성구", {"대학로", "계룡로", "엑스포로"}, 34000, 34230},
    {"대전광역시 서구", {"둔산로", "계룡로", "도안대로"}, 35200, 35420},
    {"울산광역시 남구", {"삼산로", "문수로", "돋질로"}, 44600, 44790},
    {"세종특별자치시", {"한누리대로", "갈매로", "보듬4로"}, 30100, 30160},
    {"강원특별자치도 춘천시", {"중앙로", "공지로", "퇴계로"}, 24200, 24470},
    {"충청북도 청주시 흥덕구", {"가경로", "직지대로", "풍산로"}, 28400, 28580},
    {"충청남도 천안시 서북구", {"불당대로", "번영로", "쌍용대로"}, 31000, 31260},
    {"전북특별자치도 전주시 완산구", {"효자로", "홍산로", "팔달로"}, 54900, 55120},
    {"전라남도 순천시", {"연향로", "왕지로", "장명로"}, 57900, 58040},
    {"경상북도 포항시 남구", {"포스코대로", "희망대로", "대송로"}, 37600, 37890},
    {"경상남도 창원시 성산구", {"중앙대로", "원이대로", "창원대로"}, 51400, 51590},
    {"경상남도 김해시", {"김해대로", "가야로", "금관대로"}, 50800, 51050},
    {"제주특별자치도 제주시", {"노형로", "연동로", "중앙로"}, 63000, 63360},
};

const char *const kDeliveryMessages[] = {
    "",
    "",
    "",
    "문 앞에 놓아주세요",
    "문 앞에 놓아주세요",
    "부재 시 경비실에 맡겨주세요",
    "배송 전 연락 바랍니다",
    "택배함에 넣어주세요",
    "파손 주의 부탁드립니다",
    "공동현관 비밀번호 #1234 입니다",
    "벨 누르지 말고 노크해 주세요",
    "부재 시 문자 남겨주세요",
    "빠른 배송 부탁드려요",
    "선물 포장 부탁드립니다",
};

struct Person
{
    QString name;
    QString phone;
    QString postcode;
    QString address;
    QString addressDetail;
};

QString phoneNumber(Dice &dice)
{
    QString s = QStringLiteral("010-0000-0000");
    putDigits(s.data() + 4, dice.between(2000, 9999), 4);
    putDigits(s.data() + 9, dice.below(10000), 4);
    return s;
}

QString addressDetail(Dice &dice)
{
    switch (dice.below(10)) {
    case 0:
        return QString(); // a house: the road address is enough
    case 1:
    case 2:
        return QString::number(dice.between(1, 4)) + QStringLiteral("층");
    case 3:
    case 4:
    case 5:
        return QString::number(dice.between(1, 4) * 100 + dice.between(1, 6)) + QStringLiteral("호");
    default:
        return QString::number(dice.between(101, 115)) + QStringLiteral("동 ") +
               QString::number(dice.between(1, 25) * 100 + dice.between(1, 4)) + QStringLiteral("호");
    }
}

// Buyers, computed once: a checkout picks one (repeat buyers are normal), so a row costs no string
// building for its contact data.
std::vector<Person> makePeople(Dice &dice, int count)
{
    std::vector<qint64> weights;
    QStringList surnames;
    for (const SurnameWeight &s : kSurnames) {
        weights.push_back(s.weight);
        surnames << utf8(s.name);
    }
    const Weighted surname(weights);
    QStringList given;
    for (const char *g : kGivenNames)
        given << utf8(g);
    QList<QStringList> roads;
    QStringList areas;
    for (const District &d : kDistricts) {
        areas << utf8(d.area);
        roads.append({utf8(d.roads[0]), utf8(d.roads[1]), utf8(d.roads[2])});
    }
    const int districts = int(std::size(kDistricts));
    std::vector<Person> people;
    people.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Person p;
        p.name = surnames.at(surname.pick(dice)) + given.at(dice.below(int(given.size())));
        p.phone = phoneNumber(dice);
        // Half of the buyers live in the capital region, as half of Korea does.
        const int d = dice.permille(500) ? dice.below(17) : dice.below(districts);
        const District &district = kDistricts[d];
        p.postcode = digits(dice.between(district.postcodeFrom, district.postcodeTo), 5);
        p.address = areas.at(d) + QLatin1Char(' ') + roads.at(d).at(dice.below(3)) + QLatin1Char(' ') +
                    QString::number(dice.between(1, 320));
        p.addressDetail = addressDetail(dice);
        people.push_back(std::move(p));
    }
    return people;
}

// ---- Products -----------------------------------------------------------------------------------

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

struct OptionChoice
{
    QString text;
    Won price = 0;
};

struct ProductModel
{
    ProductListing listing;
    std::vector<OptionChoice> options; // empty = no options
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

// ---- Orders -------------------------------------------------------------------------------------

constexpr int kStatusCount = 8;

// Raw channel statuses, in OrderStatus order (NEW ... EXCHANGED).
const char *const kNaverStatus[kStatusCount] = {
    "PAYED", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED", "CANCELED", "RETURNED", "EXCHANGED"};
const char *const kKakaoStatus[kStatusCount] = {
    "PayComplete", "ShippingWaiting",        "ShippingProgress",     "ShippingComplete",
    "BuyDecision", "ShippingCancelComplete", "ReturnRefundComplete", "ExchangeShippingComplete"};

// Status mix by age of the order: fresh orders wait for the seller, old ones are decided.
struct AgeBand
{
    qint64 untilHours;
    std::array<qint64, kStatusCount>
        permille; // NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED
};

const AgeBand kAgeBands[] = {
    {24, {620, 330, 0, 0, 0, 50, 0, 0}},         {72, {200, 420, 330, 0, 0, 50, 0, 0}},
    {168, {15, 35, 350, 550, 0, 40, 5, 5}},      {336, {0, 0, 30, 450, 400, 50, 40, 30}},
    {1LL << 40, {0, 0, 0, 20, 830, 60, 50, 40}},
};

struct TrackingShape
{
    const char *courier;
    int permille;
    char lead; // first digit: keeps couriers with the same length apart
    int width; // digits after the lead
};

// Shapes as core/courier.h checks them: CJ 12, 한진 12, 롯데 12, 로젠 11, 우체국 13 digits.
const TrackingShape kTracking[] = {
    {"CJGLS", 450, '6', 11}, {"HANJIN", 150, '5', 11}, {"HYUNDAI", 150, '2', 11},
    {"KGB", 100, '3', 10},   {"EPOST", 150, '6', 12},
};

const char *const kDelayDetails[] = {"원단 입고 지연으로 발송이 늦어집니다",
                                     "고객 요청으로 발송일을 조정했습니다",
                                     "주문 제작 상품으로 제작 기간이 필요합니다",
                                     "예약 발송 상품입니다",
                                     "해외 배송 상품입니다",
                                     "택배사 물량 증가로 집하가 지연됩니다"};

struct Checkout
{
    qint64 paidMs = 0;
    qint8 items = 1;
    qint8 status = 0;
};

// Which statuses have a courier and a tracking number.
bool shipped(OrderStatus s)
{
    return s == OrderStatus::Shipping || s == OrderStatus::Delivered || s == OrderStatus::Decided ||
           s == OrderStatus::Returned || s == OrderStatus::Exchanged;
}

// Event times of one checkout, as offsets from payment; scaled down when they would pass `now`.
struct Timeline
{
    qint64 confirm = 0, ship = 0, deliver = 0, decide = 0, close = 0; // 0 = did not happen
};

Timeline timeline(OrderStatus s, qint64 ageMs, Dice &dice)
{
    Timeline t;
    const qint64 confirmAfter = 20 * 60000 + dice.below64(16 * kHourMs);
    const qint64 shipAfter = kHourMs + dice.below64(30 * kHourMs);
    const qint64 deliverAfter = 14 * kHourMs + dice.below64(50 * kHourMs);
    const qint64 decideAfter = kDayMs + dice.below64(7 * kDayMs);
    const qint64 claimAfter = kDayMs + dice.below64(6 * kDayMs);
    switch (s) {
    case OrderStatus::New:
        break;
    case OrderStatus::Confirmed:
        t.confirm = confirmAfter;
        break;
    case OrderStatus::Canceled:
        t.close = 10 * 60000 + dice.below64(30 * kHourMs);
        if (dice.permille(400))
            t.confirm = t.close / 2;
        break;
    default: // shipped at least
        t.confirm = confirmAfter;
        t.ship = t.confirm + shipAfter;
        if (s != OrderStatus::Shipping)
            t.deliver = t.ship + deliverAfter;
        if (s == OrderStatus::Decided)
            t.decide = t.deliver + decideAfter;
        if (s == OrderStatus::Returned || s == OrderStatus::Exchanged)
            t.close = t.deliver + claimAfter;
        break;
    }
    const qint64 last = std::max({t.confirm, t.ship, t.deliver, t.decide, t.close});
    const qint64 room = ageMs - 60000; // everything happened at least a minute ago
    if (last > room && last > 0) {
        auto scale = [&](qint64 &v) {
            if (v > 0)
                v = std::max<qint64>(1000,
                                     qint64(double(v) * double(std::max<qint64>(room, 0)) / double(last)));
        };
        for (qint64 *v : {&t.confirm, &t.ship, &t.deliver, &t.decide, &t.close})
            scale(*v);
    }
    return t;
}

QDateTime at(qint64 paidMs, qint64 offset)
{
    return offset > 0 ? fromEpochMs(paidMs + offset) : QDateTime();
}

// Draws payment times over the last 90 days: more in the evening than at night, a growing store
// (recent days a little busier).
std::vector<Checkout> planCheckouts(Dice &dice, qint64 orders, qint64 nowMs)
{
    static const int hourWeight[24] = {40,  25,  15,  10,  8,   10,  25,  50,  80,  100, 120, 125,
                                       130, 115, 105, 100, 100, 105, 120, 145, 160, 160, 130, 80};
    const int buckets = kDays * 24;
    std::vector<qint64> weights(static_cast<size_t>(buckets));
    for (int k = 0; k < buckets; ++k) {
        const qint64 start = nowMs - qint64(k + 1) * kHourMs;
        const int seoulHour = int(((start + 9 * kHourMs) / kHourMs) % 24);
        weights[size_t(k)] = qint64(hourWeight[seoulHour]) * (140 - 40 * k / buckets);
    }
    const Weighted hour(weights);
    const Weighted size({720, 200, 80});
    std::vector<Checkout> list;
    list.reserve(size_t(orders / 1.36 + 16));
    for (qint64 done = 0; done < orders;) {
        Checkout c;
        c.items = qint8(std::min<qint64>(size.pick(dice) + 1, orders - done));
        const int k = hour.pick(dice);
        c.paidMs = (nowMs - qint64(k + 1) * kHourMs + dice.below64(kHourMs)) / 1000 * 1000;
        done += c.items;
        list.push_back(c);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Checkout &a, const Checkout &b) { return a.paidMs < b.paidMs; });
    return list;
}

void assignStatuses(std::vector<Checkout> &list, Dice &dice, qint64 nowMs)
{
    std::vector<Weighted> bands;
    for (const AgeBand &b : kAgeBands)
        bands.emplace_back(std::vector<qint64>(b.permille.begin(), b.permille.end()));
    std::array<qint64, kStatusCount> counts{};
    for (Checkout &c : list) {
        const qint64 ageHours = (nowMs - c.paidMs) / kHourMs;
        size_t band = 0;
        while (ageHours >= kAgeBands[band].untilHours)
            ++band;
        c.status = qint8(bands[band].pick(dice));
        ++counts[size_t(c.status)];
    }
    // Every status appears (when there are enough checkouts): a missing one takes a checkout of a
    // fitting age from a status that has more than one: NEW and CONFIRMED among the newest, the
    // others among the oldest.
    for (int s = 0; s < kStatusCount; ++s) {
        if (counts[size_t(s)] > 0)
            continue;
        const bool fresh = s <= int(OrderStatus::Confirmed);
        for (size_t i = 0; i < list.size(); ++i) {
            Checkout &c = list[fresh ? list.size() - 1 - i : i];
            if (counts[size_t(c.status)] > 1) {
                --counts[size_t(c.status)];
                c.status = qint8(s);
                ++counts[size_t(s)];
                break;
            }
        }
    }
}

} // namespace

QString DemoStore::masterLogin()
{
    return QStringLiteral("demo");
}

QString DemoStore::defaultPassword()
{
    return QStringLiteral("demo1234!");
}

QString DemoStore::storeName()
{
    return QStringLiteral("셀러데스크 데모");
}

QString DemoStore::businessNo()
{
    return QStringLiteral("123-45-67891"); // passes the check-digit rule; not a real business
}

Result DemoStore::createStore(Workspace &workspace, const QString &password)
{
    StoreSetup setup;
    setup.storeName = storeName();
    setup.businessNo = businessNo();
    setup.channels = allChannels();
    setup.masterLogin = masterLogin();
    setup.masterName = QStringLiteral("데모 마스터");
    setup.password = password;
    setup.passwordRepeat = password;
    return SetupService(workspace).initialize(setup);
}

Result DemoStore::generate(Workspace &workspace, const UserSession &user, const Options &options,
                           const Progress &progress, Summary *summary)
{
    if (user.role != Role::Master)
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::DemoStore", "Only the store's master may add demo data."));
    return run(workspace, user.userId, options, progress, summary);
}

Result DemoStore::generate(Workspace &workspace, const Options &options, const Progress &progress,
                           Summary *summary)
{
    return run(workspace, 0, options, progress, summary);
}

Result DemoStore::run(Workspace &ws, qint64 userId, const Options &options, const Progress &progress,
                      Summary *summary)
{
    if (options.orders < 0 || options.orders > kMaxOrders)
        return Result::fail(ErrorKind::BadInput,
                            QCoreApplication::translate("sd::DemoStore",
                                                        "The number of demo orders must be between 0 and %1.")
                                .arg(kMaxOrders));
    QSqlDatabase db = ws.database().connection();
    const QDateTime now = ws.clock().nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = seoulDate(now);
    Dice dice(options.seed);

    // Numbers continue after the orders already there, so running the demo twice adds, never clashes.
    const qint64 existing = OrderListing(db).count(OrderFilter());

    std::vector<ProductModel> products = makeProducts(dice);
    std::vector<Checkout> checkouts = planCheckouts(dice, options.orders, nowMs);
    assignStatuses(checkouts, dice, nowMs);
    const int peopleCount = int(std::clamp<qint64>(qint64(checkouts.size()) * 6 / 10, 200, 60000));
    const std::vector<Person> people = makePeople(dice, peopleCount);

    std::vector<QString> messages;
    for (const char *m : kDeliveryMessages)
        messages.push_back(utf8(m));
    std::vector<QString> delayDetails;
    for (const char *d : kDelayDetails)
        delayDetails.push_back(utf8(d));
    std::vector<qint64> courierWeights;
    std::vector<QString> courierCodes;
    for (const TrackingShape &t : kTracking) {
        courierWeights.push_back(t.permille);
        courierCodes.push_back(QString::fromLatin1(t.courier));
    }
    const Weighted courier(courierWeights);
    const Weighted channelMix({600, 250, 150});
    const Weighted quantity({850, 110, 40});
    const Weighted delayReason({500, 200, 150, 100, 0, 50}); // PRODUCT_PREPARE ... ETC
    std::array<std::vector<int>, 3> productsOf;              // indexes into `products`, per channel
    for (size_t i = 0; i < products.size(); ++i)
        productsOf[size_t(products[i].listing.channel)].push_back(int(i));
    std::array<std::array<QString, kStatusCount>, 3> rawStatus;
    for (int s = 0; s < kStatusCount; ++s) {
        rawStatus[0][size_t(s)] = QString::fromLatin1(kNaverStatus[s]);
        rawStatus[1][size_t(s)] = rawStatus[2][size_t(s)] = QString::fromLatin1(kKakaoStatus[s]);
    }
    const int dispatchDays = ws.settings().dispatchBusinessDays();
    const BusinessCalendar &calendar = ws.calendar();
    QHash<qint64, QDate> dueCache;          // (Seoul day << 8 | business days) -> due date
    QHash<qint64, QString> datePrefixCache; // Seoul day -> "yyyyMMdd"

    auto seoulDay = [](qint64 ms) { return (ms + 9 * kHourMs) / kDayMs; };
    auto dueDate = [&](qint64 paidMs, int days) {
        const qint64 key = (seoulDay(paidMs) << 8) | days;
        auto it = dueCache.constFind(key);
        if (it == dueCache.constEnd())
            it = dueCache.insert(key, dispatchDueDate(fromEpochMs(paidMs), days, calendar));
        return *it;
    };
    auto number16 = [&](qint64 paidMs, qint64 sequence) {
        const qint64 day = seoulDay(paidMs);
        auto it = datePrefixCache.constFind(day);
        if (it == datePrefixCache.constEnd())
            it = datePrefixCache.insert(day,
                                        seoulDate(fromEpochMs(paidMs)).toString(QStringLiteral("yyyyMMdd")));
        QString s(16, Qt::Uninitialized);
        std::copy(it->cbegin(), it->cend(), s.begin());
        putDigits(s.data() + 8, sequence % 100000000, 8);
        return s;
    };

    OrderRepository orders(db);
    std::unique_ptr<WriteTransaction> tx = std::make_unique<WriteTransaction>(db);
    if (!tx->isActive())
        return Result::fail(ErrorKind::Storage, tx->error());
    auto failed = [&](const QString &why) {
        return Result::fail(
            ErrorKind::Storage,
            QCoreApplication::translate("sd::DemoStore", "The demo data could not be saved: %1").arg(why));
    };
    QString why;
    {
        ProductRepository productRepo(db);
        for (ProductModel &p : products) {
            if (!productRepo.insert(p.listing, now, &why))
                return failed(why);
        }
    }

    const qint64 total = options.orders;
    const qint64 progressStep = std::max<qint64>(1000, total / 200);
    qint64 written = 0;
    qint64 inBatch = 0;
    Order items[3];
    for (size_t ci = 0; ci < checkouts.size(); ++ci) {
        const Checkout &c = checkouts[ci];
        const auto status = OrderStatus(c.status);
        const int channel = channelMix.pick(dice);
        const std::vector<int> &catalog = productsOf[size_t(channel)];
        const Person &buyer = people[size_t(dice.below(peopleCount))];
        const Person &recipient = dice.permille(750) ? buyer : people[size_t(dice.below(peopleCount))];
        const QString &message = messages[size_t(dice.below(int(messages.size())))];
        const Timeline t = timeline(status, nowMs - c.paidMs, dice);
        const qint64 last = std::max({t.confirm, t.ship, t.deliver, t.decide, t.close});

        QString courierCode, trackingNo;
        if (shipped(status)) {
            const int k = courier.pick(dice);
            const TrackingShape &shape = kTracking[k];
            courierCode = courierCodes[size_t(k)];
            // A bijection on [0, 10^width): unique per checkout, scattered like real numbers.
            const qint64 space = pow10(shape.width);
            const qint64 index = existing + qint64(ci);
            trackingNo =
                QString(QLatin1Char(shape.lead)) +
                digits((index * 7654321 + 1234567 + qint64(shape.lead) * 99991) % space, shape.width);
        }
        // A delay notice for some of the orders still waiting to ship.
        QString delayCode, delayDetail;
        int delayDays = 0;
        if ((status == OrderStatus::New || status == OrderStatus::Confirmed) &&
            nowMs - c.paidMs > 36 * kHourMs && dice.permille(200)) {
            const DelayReason reason = allDelayReasons().at(delayReason.pick(dice));
            delayCode = delayReasonCode(reason);
            delayDetail = delayDetails[size_t(int(reason))];
            delayDays = dice.between(2, 5);
        }

        Won checkoutTotal = 0;
        int chosen[3] = {-1, -1, -1};
        for (int i = 0; i < c.items; ++i) {
            Order &o = items[i];
            // Popular products sell more: the head of the catalog is drawn more often.
            int p = 0;
            do {
                const int r = dice.below(int(catalog.size()) * int(catalog.size()));
                p = catalog[size_t(int(catalog.size()) - 1 - int(std::sqrt(double(r))))];
            } while (c.items <= int(catalog.size()) && (p == chosen[0] || p == chosen[1]));
            chosen[i] = p;
            const ProductModel &product = products[size_t(p)];
            const qint64 sequence = existing + written + i + 1;
            o.productOrderNo = number16(c.paidMs, sequence);
            o.orderNo = number16(c.paidMs, existing + written + 1 + 50000000);
            o.channel = Channel(channel);
            o.status = status;
            o.rawStatus = rawStatus[size_t(channel)][size_t(c.status)];
            o.paidAt = fromEpochMs(c.paidMs);
            o.productId = product.listing.id;
            o.productName = product.listing.name;
            if (product.options.empty()) {
                o.optionText.clear();
                o.optionPrice = 0;
            } else {
                const OptionChoice &option = product.options[size_t(dice.below(int(product.options.size())))];
                o.optionText = option.text;
                o.optionPrice = option.price;
            }
            o.quantity = quantity.pick(dice) + 1;
            o.unitPrice = product.listing.price;
            const Won gross = (o.unitPrice + o.optionPrice) * o.quantity;
            o.discount = dice.permille(250) ? round100(gross * dice.between(1, 3) * 5 / 100) : 0;
            o.totalAmount = gross - o.discount;
            o.shippingFee = 0;
            checkoutTotal += o.totalAmount;
            const int days = product.listing.dispatchDays > 0 ? product.listing.dispatchDays : dispatchDays;
            o.dispatchDue = dueDate(c.paidMs, days);
            o.delayReason = delayCode;
            o.delayDetail = delayDetail;
            if (delayDays > 0) {
                o.dispatchDue = calendar.addBusinessDays(std::max(o.dispatchDue, today), delayDays);
            }
            o.courierCode = courierCode;
            o.trackingNo = trackingNo;
            o.confirmedAt = at(c.paidMs, t.confirm);
            o.shippedAt = at(c.paidMs, t.ship);
            o.deliveredAt = at(c.paidMs, t.deliver);
            o.decidedAt = at(c.paidMs, t.decide);
            o.updatedAt = fromEpochMs(c.paidMs + last);
            OrderContact &contact = o.contact;
            contact.buyerName = buyer.name;
            contact.buyerPhone = buyer.phone;
            contact.recipientName = recipient.name;
            contact.recipientPhone1 = recipient.phone;
            contact.recipientPhone2.clear();
            contact.postcode = recipient.postcode;
            contact.address = recipient.address;
            contact.addressDetail = recipient.addressDetail;
            contact.deliveryMessage = message;
        }
        // 배송비: free from 30,000원 per checkout, charged once on its first product order.
        items[0].shippingFee = checkoutTotal >= 30000 ? 0 : 3000;
        for (int i = 0; i < c.items; ++i) {
            if (!orders.insert(items[i], &why))
                return failed(why);
        }
        written += c.items;
        inBatch += c.items;
        if (progress && (written / progressStep != (written - c.items) / progressStep || written == total))
            progress(written, total);
        if (inBatch >= kBatch && written < total) {
            if (!tx->commit())
                return failed(tx->error());
            tx = std::make_unique<WriteTransaction>(db);
            if (!tx->isActive())
                return failed(tx->error());
            inBatch = 0;
        }
    }
    if (!writeAudit(db, now, userId, QStringLiteral("demo.generate"), QStringLiteral("store"), QString(),
                    QStringLiteral("orders=%1 products=%2 seed=%3")
                        .arg(written)
                        .arg(products.size())
                        .arg(options.seed),
                    &why))
        return failed(why);
    if (!tx->commit())
        return failed(tx->error());
    ws.database().refreshStatistics(); // a bulk load changes what the query planner should pick
    if (progress && total == 0)
        progress(0, 0);
    if (summary) {
        summary->orders = written;
        summary->checkouts = qint64(checkouts.size());
        summary->products = int(products.size());
    }
    return Result::success();
}

} // namespace sd
