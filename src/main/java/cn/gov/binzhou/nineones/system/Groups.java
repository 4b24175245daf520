package cn.gov.binzhou.nineones.system;

/** Ids of the Camunda groups that the campaign's work is routed to. */
public final class Groups {

    public static final String CITY_BUREAU = "city-bureau";
    public static final String CITY_LEADER = "city-leader";
    public static final String CITY_GROUP_PREFIX = "city-group-";
    public static final String ENTERPRISE = "enterprise";
    public static final String ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private Groups() {
    }

    public static String cityGroup(int number) {
        return CITY_GROUP_PREFIX + number;
    }
}
