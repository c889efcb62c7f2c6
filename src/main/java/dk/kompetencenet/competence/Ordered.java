package dk.kompetencenet.competence;

import java.util.List;

/** A part of a framework kept in order (levels, areas, competences): its position is 1, 2, 3, ... in its list. */
interface Ordered {

    void place(int position);

    /** Moves the item {@code by} places (negative: up) within its list, stopping at either end; renumbers the list. */
    static <T extends Ordered> void move(List<T> list, T item, int by) {
        int from = list.indexOf(item);
        int to = Math.max(0, Math.min(list.size() - 1, from + by));
        list.remove(from);
        list.add(to, item);
        renumber(list);
    }

    static void renumber(List<? extends Ordered> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).place(i + 1);
        }
    }
}
