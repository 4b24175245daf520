package cn.gov.binzhou.nineones.enrollment;

import java.util.Arrays;
import java.util.Optional;

/** 行业类别 of DESIGN §5; stored by name, shown and imported by label. */
public enum Industry {
    HAZARDOUS_CHEMICALS("危险化学品"),
    METALLURGY("冶金"),
    NON_FERROUS("有色"),
    BUILDING_MATERIALS("建材"),
    MACHINERY("机械"),
    LIGHT_INDUSTRY("轻工"),
    TEXTILES("纺织"),
    TOBACCO("烟草"),
    TRADE("商贸"),
    OTHER("其他");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese label or the enum name, trimmed. */
    public static Optional<Industry> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace("\u3000", "");
        return Arrays.stream(values())
                .filter(industry -> industry.label.equals(trimmed) || industry.name().equalsIgnoreCase(trimmed))
                .findFirst();
    }

    public static String labels() {
        return String.join("、", Arrays.stream(values()).map(Industry::label).toList());
    }
}
