/**
 * Laying out pages: the records FreeMarker sees ({@link PageView} and its parts) and
 * {@link Layout}, which renders them with the {@code .ftlh} templates on the classpath.
 */
package dev.microgpt.page;
