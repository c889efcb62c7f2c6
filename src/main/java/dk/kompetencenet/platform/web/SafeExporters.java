package dk.kompetencenet.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

import dk.kompetencenet.platform.CellText;

/**
 * PrimeFaces' table exporters for {@code csv} and {@code xlsxstream} replaced by ones that put every text cell through
 * {@link CellText}: so every {@code p:dataExporter} of the pages (the overviews' and the board's CSV and XLSX buttons,
 * {@code WEB-INF/tags/export.xhtml}) writes no cell a spreadsheet would run. Registered at the first request (a phase
 * listener in faces-config.xml): PrimeFaces' registry cannot be built while the application starts.
 */
public class SafeExporters implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static volatile boolean registered;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!registered) {
            DataExporters.register(DataTable.class, Csv.class, "csv");
            DataExporters.register(DataTable.class, Xlsx.class, "xlsxstream");
            registered = true;
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // all done before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    static ColumnValue safe(ColumnValue value) {
        return value != null && value.getValue() instanceof String text ? ColumnValue.of(CellText.safe(text)) : value;
    }

    /** The CSV exporter, cells made safe. */
    public static class Csv extends DataTableCSVExporter {
        @Override
        public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
            return safe(super.getColumnValue(context, table, column, joinComponents));
        }
    }

    /** The streaming XLSX exporter, cells made safe. */
    public static class Xlsx extends DataTableExcelXStreamExporter {
        @Override
        public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
            return safe(super.getColumnValue(context, table, column, joinComponents));
        }
    }
}
