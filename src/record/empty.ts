/** The record with every key present and nothing filled in: the stable shape of SPEC §4. */
import type { EsrRecord } from './schema.js';

const emptyAddress = () => ({ street: null, postalCode: null, city: null });
const emptyIndicator = () => ({ planned: null, actual: null });

export function emptyRecord(template: EsrRecord['template']): EsrRecord {
  return {
    template,
    programmePeriod: null,
    fund: null,
    project: {
      code: null,
      euraId: null,
      name: null,
      tagline: null,
      programmeSection: null,
      priorityAxis: null,
      specificObjective: null,
      projectType: null,
      period: { start: null, end: null },
      status: null,
      managingAuthority: null,
      websites: [],
    },
    organisation: {
      name: null,
      type: null,
      businessId: null,
      address: emptyAddress(),
      phone: null,
      website: null,
      applicantArrangement: null,
      coImplementers: [],
      transferRecipients: [],
    },
    contact: { name: null, title: null, email: null, phone: null },
    targetArea: {
      nationwide: null,
      description: null,
      regions: [],
      subRegions: [],
      municipalities: [],
      regionCodes: [],
      subRegionCodes: [],
      municipalityCodes: [],
      implementationAddress: emptyAddress(),
    },
    targetGroups: { primary: null, indirect: null },
    indicators: {
      participants: emptyIndicator(),
      newJobs: emptyIndicator(),
      newCompanies: emptyIndicator(),
      qualifications: emptyIndicator(),
      participatingCompanies: emptyIndicator(),
    },
    summary: null,
    communication: { plan: null, disseminationPlan: null },
    funding: {
      grantedEuAndState: null,
      actualEuAndState: null,
      plannedPublicTotal: null,
      actualPublicTotal: null,
      budgetRange: null,
      currency: null,
    },
    classification: {
      genderEquality: null,
      sustainableDevelopment: null,
      partnership: null,
      innovativeness: null,
      nationalDevelopmentProgramme: null,
    },
    horizontalPrinciples: {
      genderEquality: { environmentAnalysis: null, mainstreaming: null, primaryGoal: null },
      sustainableDevelopment: [],
    },
    finalReportSummary: null,
    projectPage: {
      team: null,
      results: null,
      solution: null,
      goodPractices: null,
      transferMethod: null,
      modelTransferred: null,
      developmentNeeds: { before: [], during: [], after: [] },
      practices: null,
      roles: [],
    },
  };
}
