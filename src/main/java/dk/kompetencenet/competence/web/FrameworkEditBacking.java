package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.FrameworkService;
import dk.kompetencenet.competence.FrameworkService.Part;
import dk.kompetencenet.competence.ProficiencyLevel;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Coordinators edit a framework: names and version label, the scale, areas and competences (in one dialog), the target
 * level per job role, the initiatives it serves, activation and new versions. Every change names the version this page
 * was loaded with and reloads the page, so a change somebody else saved first is refused with a message. Actions
 * use the framework loaded with the page: postbacks do not carry the {@code id} parameter.
 */
@Named
@ViewScoped
public class FrameworkEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FrameworkService frameworks;

    @Inject
    private StrategyService strategies;

    private Long id;
    private Framework framework;
    private long version;
    private String nameDa;
    private String nameEn;
    private String descriptionDa;
    private String descriptionEn;
    private String versionLabel;
    private String newVersionLabel;
    private final Map<JobRole, String> targets = new EnumMap<>(JobRole.class);
    private List<Long> initiativeIds = new ArrayList<>();
    private List<Initiative> initiativeChoices;

    private Part part;
    private Long partId;
    private Long areaId;
    private String code;
    private String partNameDa;
    private String partNameEn;
    private String textDa;
    private String textEn;

    public void load() {
        framework = frameworks.editable(id);
        id = framework.getId();
        version = framework.getVersion();
        nameDa = framework.getNameDa();
        nameEn = framework.getNameEn();
        descriptionDa = framework.getDescriptionDa();
        descriptionEn = framework.getDescriptionEn();
        versionLabel = framework.getFrameworkVersion();
        targets.clear();
        targets.putAll(framework.targetCodes());
        initiativeIds = new ArrayList<>(framework.getInitiatives().stream().map(Initiative::getId).toList());
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
    }

    public String saveDescription() {
        frameworks.describe(framework.getId(), version, nameDa, nameEn, descriptionDa, descriptionEn, versionLabel);
        return saved();
    }

    public String activate(boolean active) {
        frameworks.activate(framework.getId(), version, active);
        return saved();
    }

    public String saveTargets() {
        frameworks.retarget(framework.getId(), version, targets);
        return saved();
    }

    public String saveInitiatives() {
        frameworks.serve(framework.getId(), version, new HashSet<>(initiativeIds));
        return saved();
    }

    public String newVersion() {
        Framework copy = frameworks.newVersion(framework.getId(), newVersionLabel);
        Messages.info("frameworkEdit.versionCreated", copy.getFrameworkVersion());
        return "/competence/framework-edit.xhtml?faces-redirect=true&id=" + copy.getId();
    }

    /** Opens the dialog for a new level, area, or competence of the given area. */
    public void startAdd(String kind, Long area) {
        fill(Part.valueOf(kind), null, area, null, null, null, null, null);
    }

    public void startEditLevel(ProficiencyLevel level) {
        fill(Part.LEVEL, level.getId(), null, level.getCode(), level.danish(), level.english(), level.getStemDa(),
                level.getStemEn());
    }

    public void startEditArea(CompetenceArea area) {
        fill(Part.AREA, area.getId(), null, area.getCode(), area.danish(), area.english(), null, null);
    }

    public void startEditCompetence(Competence competence) {
        fill(Part.COMPETENCE, competence.getId(), null, competence.getCode(), competence.danish(),
                competence.english(), competence.getDescriptionDa(), competence.getDescriptionEn());
    }

    public String savePart() {
        var input = new FrameworkService.PartInput(code, partNameDa, partNameEn, textDa, textEn);
        if (partId == null) {
            frameworks.add(framework.getId(), version, part, areaId, input);
        } else {
            frameworks.change(framework.getId(), version, part, partId, input);
        }
        return saved();
    }

    public String remove(String kind, Long which) {
        frameworks.remove(framework.getId(), version, Part.valueOf(kind), which);
        return saved();
    }

    public String move(String kind, Long which, int by) {
        frameworks.move(framework.getId(), version, Part.valueOf(kind), which, by);
        return saved();
    }

    private void fill(Part kind, Long which, Long area, String partCode, String da, String en, String textInDanish,
                      String textInEnglish) {
        part = kind;
        partId = which;
        areaId = area;
        code = partCode;
        partNameDa = da;
        partNameEn = en;
        textDa = textInDanish;
        textEn = textInEnglish;
    }

    private String saved() {
        Messages.info("frameworkEdit.saved");
        return "/competence/framework-edit.xhtml?faces-redirect=true&id=" + framework.getId();
    }

    public JobRole[] getJobRoles() {
        return JobRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getNameDa() {
        return nameDa;
    }

    public void setNameDa(String nameDa) {
        this.nameDa = nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public void setDescriptionDa(String descriptionDa) {
        this.descriptionDa = descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public void setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
    }

    public String getNewVersionLabel() {
        return newVersionLabel;
    }

    public void setNewVersionLabel(String newVersionLabel) {
        this.newVersionLabel = newVersionLabel;
    }

    public Map<JobRole, String> getTargets() {
        return targets;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public String getPart() {
        return part == null ? null : part.name();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPartNameDa() {
        return partNameDa;
    }

    public void setPartNameDa(String partNameDa) {
        this.partNameDa = partNameDa;
    }

    public String getPartNameEn() {
        return partNameEn;
    }

    public void setPartNameEn(String partNameEn) {
        this.partNameEn = partNameEn;
    }

    public String getTextDa() {
        return textDa;
    }

    public void setTextDa(String textDa) {
        this.textDa = textDa;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
