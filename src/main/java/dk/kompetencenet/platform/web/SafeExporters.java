package dk.kompetencenet.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;

import dk.kompetencenet.platform.CellText;

/**
 * PrimeFaces' table exporters with every text cell through {@link CellText}, for the pages' CSV and XLSX buttons
 * ({@code WEB-INF/tags/export.xhtml}). A new exporter for each export: they keep state while writing.
 */
@Named
@ApplicationScoped
public class SafeExporters {

    public DataTableCSVExporter getCsv() {
        return new DataTableCSVExporter() {
            @Override
            public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
                return safe(super.getColumnValue(context, table, column, joinComponents));
            }
        };
    }

    public DataTableExcelXStreamExporter getXlsx() {
        return new DataTableExcelXStreamExporter() {
            @Override
            public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
                return safe(super.getColumnValue(context, table, column, joinComponents));
            }
        };
    }

    static ColumnValue safe(ColumnValue value) {
        return value != null && value.getValue() instanceof String text ? ColumnValue.of(CellText.safe(text)) : value;
    }
}
