/** What a run leaves for people to read: images, plots, Allure results and the replication report. */
package dev.redshift.report;
