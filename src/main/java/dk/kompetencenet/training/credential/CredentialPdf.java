package dk.kompetencenet.training.credential;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Anchor;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import dk.kompetencenet.platform.i18n.Texts;

/** A credential as a printable certificate (A4, in the reader's language) with its verification link. */
public final class CredentialPdf {

    private static final Color LINK = new Color(0x1A, 0x4F, 0x8B);

    private CredentialPdf() {
    }

    public static byte[] write(Credential credential, String issuer, String verifyUrl, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 96, 72);
        String programme = credential.getEnrolment().getRun().getProgramme().getName();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(locale, "credential.pdf.title", programme));
            document.open();
            document.add(centred(Texts.get(locale, "credential.pdf.heading"), FontFactory.HELVETICA_BOLD, 26, 24));
            document.add(centred(credential.getEmployee().getFullName(), FontFactory.HELVETICA_BOLD, 20, 24));
            document.add(centred(Texts.get(locale, "credential.pdf.completed"), FontFactory.HELVETICA, 12, 8));
            document.add(centred(programme, FontFactory.HELVETICA_BOLD, 16, 24));
            document.add(centred(Texts.get(locale, "credential.pdf.on", date(credential.getValidFrom(), locale)),
                    FontFactory.HELVETICA, 12, 4));
            if (credential.getValidUntil() != null) {
                document.add(centred(Texts.get(locale, "credential.pdf.until", date(credential.getValidUntil(), locale)),
                        FontFactory.HELVETICA, 12, 4));
            }
            document.add(centred(Texts.get(locale, "credential.pdf.issuer", issuer), FontFactory.HELVETICA, 12, 36));
            document.add(centred(Texts.get(locale, "credential.pdf.verify"), FontFactory.HELVETICA, 10, 4));
            Anchor link = new Anchor(verifyUrl, FontFactory.getFont(FontFactory.HELVETICA, 10, Font.UNDERLINE, LINK));
            link.setReference(verifyUrl);
            Paragraph linkLine = new Paragraph(link);
            linkLine.setAlignment(Element.ALIGN_CENTER);
            document.add(linkLine);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, String font, float size, float after) {
        Paragraph paragraph = new Paragraph(text, FontFactory.getFont(font, size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), Texts.supported(locale)));
    }
}
