package dev.parallax.support.validation;

import jakarta.validation.Payload;

/** Marks a constraint whose violation means "too much" rather than "wrong": answered 413, not 400. */
public interface TooLarge extends Payload {
}
