package cn.gov.binzhou.nineones.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.binzhou.nineones.agency.Agency;

/**
 * Generated, plausible enterprises for the demo: Chinese names by county and industry, credit codes with
 * a correct GB 32100-2015 check character, people, phones. The same seed gives the same enterprises.
 */
final class DemoEnterprises {

    /** One line of the nomination sheet (DESIGN §5). */
    record DemoEnterprise(String agencyName, String name, String creditCode, String industry, String address,
            String principal, String principalPhone, String safetyContact, String contactPhone, String contactEmail,
            int employees, boolean firstBatchPilot) {
    }

    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final Map<String, String> PLACE = Map.of("bincheng", "滨城", "zhanhua", "沾化", "huimin", "惠民",
            "yangxin", "阳信", "wudi", "无棣", "boxing", "博兴", "zouping", "邹平", "jingkai", "滨州经开",
            "beihai", "北海", "gaoxin", "滨州高新");
    private static final Map<String, String> REGION = Map.of("bincheng", "371602", "zhanhua", "371603", "huimin",
            "371621", "yangxin", "371622", "wudi", "371623", "boxing", "371625", "zouping", "371681", "jingkai",
            "371671", "beihai", "371672", "gaoxin", "371673");
    private static final String[] BRANDS = {"鑫源", "恒通", "宏达", "华泰", "金诚", "瑞丰", "永利", "信达", "富源", "汇丰",
        "中海", "鲁北", "黄河", "渤海", "昊天", "兴业", "盛世", "天润", "远大", "德衡", "金岭", "海川", "正和", "安泰"};
    private static final String[][] INDUSTRIES = {
        {"危险化学品", "化工", "石化", "精细化工"}, {"冶金", "钢铁", "特钢"}, {"有色", "铝业", "铜业"},
        {"建材", "建材", "新型材料"}, {"机械", "机械制造", "重工"}, {"轻工", "食品", "包装"}, {"纺织", "纺织", "家纺"},
        {"烟草", "烟草物流"}, {"商贸", "商贸", "物流"}, {"其他", "能源科技", "热电"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "宋", "谢", "韩", "唐", "冯", "于", "董", "程"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
        "明", "超", "秀英", "建华", "志强", "海燕", "国栋", "立新", "红梅", "春雷", "文博", "晓东", "玉兰", "德明", "振华"};
    private static final String[] ROADS = {"黄河五路", "渤海七路", "长江一路", "新立河东路", "梧桐五路", "中海大道",
        "永莘路", "黄河十二路", "渤海二十路", "滨港路"};

    private final Random random;
    private final Set<String> names = new HashSet<>();

    DemoEnterprises(long seed) {
        this.random = new Random(seed);
    }

    /** {@code perAgency} enterprises of every agency; every {@code withAccountEvery}-th has a contact e-mail. */
    List<DemoEnterprise> generate(List<Agency> agencies, int perAgency, int withAccountEvery, String mailPrefix) {
        List<DemoEnterprise> all = new ArrayList<>();
        for (int n = 0; n < perAgency; n++) {
            for (Agency agency : agencies) {
                String email = withAccountEvery > 0 && all.size() % withAccountEvery == 0
                        ? mailPrefix + String.format("%03d", all.size() + 1) + DemoUsers.MAIL_DOMAIN : null;
                all.add(enterprise(agency, email));
            }
        }
        return all;
    }

    /** The same enterprises listed county by county, in the agencies' order, as a list like Attachment 1 is. */
    static List<DemoEnterprise> byAgency(List<DemoEnterprise> enterprises, List<Agency> agencies) {
        List<DemoEnterprise> sorted = new ArrayList<>();
        for (Agency agency : agencies) {
            enterprises.stream().filter(e -> e.agencyName().equals(agency.name())).forEach(sorted::add);
        }
        return sorted;
    }

    DemoEnterprise enterprise(Agency agency, String contactEmail) {
        String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String name = name(agency, industry);
        String principal = person();
        String contact = person();
        return new DemoEnterprise(agency.name(), name, creditCode(agency), industry[0],
                "滨州市" + agency.name() + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(800)) + "号",
                principal, mobile(), contact, "0543-" + (3000000 + random.nextInt(6999999)), contactEmail,
                30 + random.nextInt(1970), random.nextInt(25) == 0);
    }

    private String name(Agency agency, String[] industry) {
        String place = PLACE.getOrDefault(agency.id(), agency.name());
        for (int attempt = 0; ; attempt++) {
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            String trade = industry[1 + random.nextInt(industry.length - 1)];
            String suffix = attempt < 5 ? "有限公司" : (attempt < 10 ? "股份有限公司" : "有限公司第" + attempt + "分公司");
            String name = (random.nextInt(4) == 0 ? "山东" + place : place) + brand + trade + suffix;
            if (names.add(name)) {
                return name;
            }
        }
    }

    private String person() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String mobile() {
        String[] prefixes = {"138", "139", "135", "137", "150", "152", "158", "186", "187", "189"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** 91 (enterprise), the county's region code, a random organisation code, and the check character. */
    private String creditCode(Agency agency) {
        StringBuilder body = new StringBuilder("91").append(REGION.getOrDefault(agency.id(), "371600")).append("MA");
        while (body.length() < 17) {
            body.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return body.toString() + checkCharacter(body.toString());
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
