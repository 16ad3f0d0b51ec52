package org.careerexplorer.gui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view and makes its controllers, the included views' too: each controller's public
 * constructor gets, for each parameter, the one given object of that type (a view-model, the shared
 * state, the dialog service…). A new view thus needs no wiring code, only the objects it asks for.
 */
public final class ViewLoader {

    /** The app's own style sheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/css/career-explorer.css";

    private ViewLoader() {
    }

    /**
     * Loads {@code fxml} (next to {@code owner}) with the texts of {@code bundle}, and adds the app's style sheet.
     *
     * @param available the objects controllers may ask for; no two of the same type
     */
    public static Parent load(Class<?> owner, String fxml, ResourceBundle bundle, Object... available) {
        URL location = Objects.requireNonNull(owner.getResource(fxml), () -> fxml + " not found next to " + owner.getName());
        FXMLLoader loader = new FXMLLoader(location, bundle);
        List<Object> objects = Arrays.asList(available);
        loader.setControllerFactory(type -> construct(type, objects));
        try {
            Parent root = loader.load();
            root.getStylesheets().add(stylesheet());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** The app's style sheet as a URL, for scenes and dialogs built without FXML. */
    public static String stylesheet() {
        return Objects.requireNonNull(ViewLoader.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }

    private static Object construct(Class<?> type, List<Object> available) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor to be made by the view loader");
        }
        Constructor<?> constructor = constructors[0];
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(parameter -> available.stream()
                .filter(parameter::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " asks for a "
                        + parameter.getSimpleName() + ", which the view loader was not given"))).toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }
}
