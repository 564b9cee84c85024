package dev.redshift.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.util.List;
import java.util.UUID;

/**
 * A spec file that cannot be read, as a broken result in the Allure report. The engine reports such a spec as a
 * discovery issue, which is no test and so never reaches Allure's listener; the report still shows it, as the
 * broken test named {@value #NAME} it was before, with the same identity, so its history carries over.
 */
public final class AllureSpecError {

    /** The name the result has. */
    public static final String NAME = "spec error";

    private AllureSpecError() {
    }

    /**
     * Writes the result with the current Allure lifecycle.
     *
     * @param uniqueId the identity of the spec's error ({@code [engine:redshift]/[spec:FILE]/[claim:spec error]})
     * @param message the one-line error, {@code file:line:column: problem}
     * @param cause what the parser threw, for the trace, or null
     */
    public static void write(String uniqueId, String message, Throwable cause) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        StatusDetails details = cause == null ? new StatusDetails()
                : ResultsUtils.getStatusDetails(cause).orElseGet(StatusDetails::new);
        TestResult result = new TestResult().setUuid(uuid).setName(NAME).setTestCaseName(NAME)
                .setHistoryId(ResultsUtils.md5(uniqueId)).setTestCaseId(uniqueId).setStatus(Status.BROKEN)
                .setStatusDetails(details.setMessage(message))
                .setLabels(List.of(ResultsUtils.createLabel("junit.platform.uniqueid", uniqueId),
                        ResultsUtils.createHostLabel(), ResultsUtils.createThreadLabel(),
                        ResultsUtils.createFrameworkLabel("junit-platform"), ResultsUtils.createLanguageLabel("java")));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }
}
