/**
 * Printed documents: {@link org.hoiso.platform.pdf.PdfCanvas} draws A4 pages with the embedded DejaVu fonts
 * (every Vietnamese letter), an official union heading, wrapping and "Trang x/y" feet. The report's print
 * and the member book use it.
 */
package org.hoiso.platform.pdf;
