/**
 * Building the site: {@link SiteBuilder} is the recipe (load, render, check, lay out, copy
 * assets, swap in), {@link Main} the command the Maven build runs.
 */
package dev.microgpt.site;
