package org.hoiso.safety;

/**
 * What happened (loại vụ việc), as the reporter chose it: a scam by phone call, SMS, social network, a fake website
 * or app, an investment, job or loan scam, someone impersonating the police or a court; online harassment;
 * violence in the family or elsewhere. The category decides what follows: scams feed the indicators, harassment
 * and violence are confidential cases, and closing a violence case needs a supervisor.
 */
public enum CaseKind {
    SCAM_CALL(Category.SCAM), SCAM_SMS(Category.SCAM), SCAM_SOCIAL(Category.SCAM), SCAM_WEBSITE(Category.SCAM), SCAM_INVESTMENT(
            Category.SCAM), SCAM_IMPERSONATION(Category.SCAM), HARASSMENT(
                    Category.HARASSMENT), VIOLENCE_FAMILY(Category.VIOLENCE), VIOLENCE_OTHER(Category.VIOLENCE);

    /** The three families of cases. */
    public enum Category {
        SCAM, HARASSMENT, VIOLENCE
    }

    private final Category category;

    CaseKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public boolean scam() {
        return category == Category.SCAM;
    }
}
