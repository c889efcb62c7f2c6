package dk.kompetencenet.practice.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** A lazy table over a service's count and page, for the lists of experiments and equipment needs. */
final class Paged<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are, with the filters as they are now. */
    interface Count extends Serializable {
        long count();
    }

    /** One page of rows, with the filters as they are now. */
    interface Page<T> extends Serializable {
        List<T> page(int first, int max);
    }

    private final Count counter;
    private final Page<T> pager;

    Paged(Count counter, Page<T> pager) {
        this.counter = counter;
        this.pager = pager;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return pager.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }
}
