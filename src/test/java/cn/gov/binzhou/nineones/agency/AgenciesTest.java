package cn.gov.binzhou.nineones.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.binzhou.nineones.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class AgenciesTest {

    @Autowired Agencies agencies;

    @Test
    void theTenAgenciesOfTheNotice_areConfigured() {
        assertThat(agencies.all()).extracting(Agency::id).containsExactly("bincheng", "zhanhua", "huimin", "yangxin",
                "wudi", "boxing", "zouping", "jingkai", "beihai", "gaoxin");
        assertThat(agencies.require("gaoxin").authority()).isEqualTo("滨州高新技术产业开发区应急管理中心");
        assertThat(agencies.require("wudi").groupId()).isEqualTo("county-wudi");
    }

    @Test
    void namesMatch_fullShortAndAuthorityNames_trimmedOfAsciiAndFullWidthSpaces() {
        assertThat(agencies.match("滨城区")).map(Agency::id).contains("bincheng");
        assertThat(agencies.match("　经开区 ")).map(Agency::id).contains("jingkai");
        assertThat(agencies.match("滨州 经开区")).map(Agency::id).contains("jingkai");
        assertThat(agencies.match("北海新区")).map(Agency::id).contains("beihai");
        assertThat(agencies.match("高新区")).map(Agency::id).contains("gaoxin");
        assertThat(agencies.match("邹平市应急管理局")).map(Agency::id).contains("zouping");
    }

    @Test
    void unknownNames_areNotGuessed() {
        assertThat(agencies.match("滨城")).isEmpty();
        assertThat(agencies.match("开发区")).isEmpty();
        assertThat(agencies.match("")).isEmpty();
        assertThat(agencies.match(null)).isEmpty();
    }

    @Test
    void aNameUsedByTwoAgencies_isAConfigurationError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Agencies(List.of(
                new Agency("a", "甲区", List.of("新区"), "甲区应急管理局", null),
                new Agency("b", "乙区", List.of("新区"), "乙区应急管理局", null)), java.util.Map.of()))
                .hasMessageContaining("新区");
    }

    @Test
    void officeMailboxes_areSetPerInstallation_andMustNameAKnownAgency() {
        List<Agency> list = List.of(new Agency("a", "甲区", List.of(), "甲区应急管理局", null));
        assertThat(new Agencies(list, java.util.Map.of("a", " office@a.gov.cn ")).require("a").mailbox()).isEqualTo("office@a.gov.cn");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Agencies(list, java.util.Map.of("x", "office@x.gov.cn")))
                .hasMessageContaining("未知的机构编号: x");
    }
}
