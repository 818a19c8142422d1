package cn.grassroots.cases.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReporterMaskTests {

    @Test
    void namesKeepTheirFamilyName() {
        assertThat(ReporterMask.name("张三")).isEqualTo("张*");
        assertThat(ReporterMask.name("陈建国")).isEqualTo("陈**");
        assertThat(ReporterMask.name("欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(ReporterMask.name(null)).isNull();
    }

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(ReporterMask.phone("13800001111")).isEqualTo("138****1111");
        assertThat(ReporterMask.phone("0571-87654321")).isEqualTo("057*****4321");
        assertThat(ReporterMask.phone("12345")).isEqualTo("*****");
    }
}
