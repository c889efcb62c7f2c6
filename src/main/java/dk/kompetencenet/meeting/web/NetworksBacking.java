package dk.kompetencenet.meeting.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.NetworkService;

/** The list of networks. */
@Named
@RequestScoped
public class NetworksBacking {

    @Inject
    private NetworkService networks;

    private List<NetworkService.Row> rows;

    public List<NetworkService.Row> getRows() {
        if (rows == null) {
            rows = networks.list();
        }
        return rows;
    }
}
