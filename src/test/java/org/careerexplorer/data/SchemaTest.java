package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.FigureRefSamples;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WorkExperience;
import org.careerexplorer.model.WorkValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled files follow the JSON Schemas that translators' editors check against, and the schemas catch mistakes. */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode bundled(String file) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/" + file)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void occupationsFileFollowsItsSchema() throws IOException {
        assertEquals(Set.of(), schema("occupations.schema.json").validate(bundled("data/occupations.json")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void localeFileFollowsItsSchema(Language language) throws IOException {
        assertEquals(Set.of(), schema("i18n.schema.json").validate(bundled(language.fileName())));
    }

    @Test
    void occupationsSchemaRejectsAnUnknownEducationLevelAndANegativeWage() throws IOException {
        JsonNode broken = JSON.readTree(InMemoryFiles.ofArticles()
                .replace(InMemoryFiles.OCCUPATIONS, "\"level\": \"bachelor\"", "\"level\": \"bachelors\"")
                .replace(InMemoryFiles.OCCUPATIONS, "\"median\": 33510", "\"median\": -33510")
                .text(InMemoryFiles.OCCUPATIONS));
        Set<ValidationMessage> messages = schema("occupations.schema.json").validate(broken);
        assertEquals(2, messages.stream().map(ValidationMessage::getInstanceLocation).map(Object::toString).distinct().count(),
                messages.toString());
    }

    @Test
    void localeSchemaRejectsANumberWhereTextBelongs() throws IOException {
        JsonNode broken = JSON.readTree("{\"language\": {\"name\": 1}, \"occupation\": {\"43-4051\": {\"title\": \"x\"}}}");
        assertFalse(schema("i18n.schema.json").validate(broken).isEmpty());
    }

    /** The schema's lists of ids are the model's, so that whatever the schema lets through, the reader knows. */
    @Test
    void enumerationsListTheModelsIds() throws IOException, ReflectiveOperationException {
        JsonNode definitions;
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/occupations.schema.json")) {
            definitions = JSON.readTree(in).get("definitions");
        }
        Map<String, Class<? extends JsonId>> models = Map.of(
                "educationLevel", EducationLevel.class, "onTheJobTraining", OnTheJobTraining.class,
                "workExperience", WorkExperience.class, "workValue", WorkValue.class, "proConKind", ProCon.Kind.class,
                "payPeriod", PayPeriod.class, "wageStatistic", WageStatistic.class, "growthCategory", GrowthCategory.class);
        models.forEach((definition, model) -> assertEquals(
                Arrays.stream(model.getEnumConstants()).map(JsonId::id).toList(),
                ids(definitions.get(definition).get("enum")), definition));
        List<String> figureKinds = new ArrayList<>();
        for (FigureRef figure : FigureRefSamples.allKinds()) {
            figureKinds.add(FigureLinks.toRecord(figure).figure());
        }
        assertEquals(Set.copyOf(figureKinds), Set.copyOf(ids(definitions.get("figureKind").get("enum"))));
    }

    private static List<String> ids(JsonNode enumeration) {
        List<String> ids = new ArrayList<>();
        enumeration.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
