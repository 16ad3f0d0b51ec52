package org.careerexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextKeysTest {

    @Test
    void readsTheCodeBackFromAnOccupationKey() {
        assertEquals(Optional.of("43-4051"), TextKeys.occupationCode(TextKeys.title("43-4051")));
        assertEquals(Optional.of("43-4051"), TextKeys.occupationCode(TextKeys.occupation("43-4051", "pros.steady-income")));
        assertEquals(Optional.of("43-4051"), TextKeys.occupationCode("occupation.43-4051"));
        assertEquals(Optional.empty(), TextKeys.occupationCode("app.title"));
        assertEquals(Optional.empty(), TextKeys.occupationCode("occupations.count"));
    }
}
