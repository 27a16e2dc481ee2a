/**
 * The public site: server-rendered pages in Polish for people without an account (NGOs), plain HTML that works
 * without JavaScript. Pages call the features' public services and only translate between HTML forms and them;
 * the shared look (layout, header with the municipality's name, footer, form fragments, CSS) lives in
 * {@code templates/fragments/} and {@code static/css/site.css} so later public pages (the consultation page at
 * {@code /}) reuse it. Security: the public chain in {@code security.SecurityConfiguration}.
 */
package pl.wspolnie.publicsite;
