package com.medondoor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request text field meant to hold several lines, such as a booking's notes: line feeds, carriage
 * returns and tabs are text there. Every other text field refuses them with the rest of the control
 * characters (see {@link TextDeserializer}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MultiLine {
}
