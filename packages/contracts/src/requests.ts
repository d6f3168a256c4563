import { z } from 'zod';
import {
  ACTION_STATUSES,
  COMMITTEES,
  GRADES,
  INSPECTION_TYPES,
  JUDGEMENT_AREAS,
  OVERRIDE_RAGS,
  PLAN_STATUSES,
  RECOMMENDATION_STATUSES,
  ROLES,
} from './enums.ts';
import {
  boundedText,
  dateField,
  idField,
  nullableDateField,
  optionalDateField,
  optionalTextField,
  textField,
} from './fields.ts';

export const SignInRequest = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const InspectionRequest = z
  .object({
    type: z.enum(INSPECTION_TYPES, { error: 'Select the type of inspection' }),
    title: optionalTextField('the title', 200),
    onSiteStart: optionalDateField('the first day on site'),
    onSiteEnd: optionalDateField('the last day on site'),
    reportReceived: optionalDateField('the date the report was received'),
    published: optionalDateField('the publication date'),
    leadInspector: optionalTextField('the lead inspector', 200),
    hasPriorityActions: z.boolean().default(false),
    summary: optionalTextField('the summary', 20_000),
    judgements: z
      .array(z.object({ area: z.enum(JUDGEMENT_AREAS), grade: z.enum(GRADES, { error: 'Select a grade' }) }))
      .max(6)
      .default([]),
  })
  .refine((v) => !v.onSiteStart || !v.onSiteEnd || v.onSiteEnd >= v.onSiteStart, {
    path: ['onSiteEnd'],
    message: 'The last day on site must be the same as or after the first day',
  })
  .refine((v) => !v.onSiteEnd || !v.reportReceived || v.reportReceived >= v.onSiteEnd, {
    path: ['reportReceived'],
    message: 'The date the report was received must be after the inspection',
  });
export type InspectionRequest = z.infer<typeof InspectionRequest>;

export const DeadlineAnchorRequest = z.object({
  anchor: dateField('the date to count from'),
  reason: textField('the reason for changing the date', 1000),
});

export const FindingRequest = z.object({
  number: z.number({ error: 'Enter the finding number' }).int().min(1).max(999),
  text: textField('the finding', 5000),
  judgementArea: z.enum(JUDGEMENT_AREAS).nullable().default(null),
  isPriorityAction: z.boolean().default(false),
});
export type FindingRequest = z.infer<typeof FindingRequest>;

export const PlanRequest = z.object({
  inspectionId: idField,
  title: textField('the plan title', 200),
  accountableOfficer: optionalTextField('the accountable officer', 200),
  publicSummary: optionalTextField('the public summary', 20_000),
});
export type PlanRequest = z.infer<typeof PlanRequest>;

/** Changes to a plan: only the fields sent are changed. */
export const PlanUpdateRequest = z.object({
  title: textField('the plan title', 200).optional(),
  accountableOfficer: boundedText('the accountable officer', 200).optional(),
  publicSummary: boundedText('the public summary', 20_000).optional(),
});

export const PriorityAreaRequest = z.object({
  reference: textField('the reference', 10),
  title: textField('the title', 300),
  outcome: optionalTextField('the outcome', 5000),
  leadOfficer: optionalTextField('the lead officer', 200),
  findingIds: z.array(idField).max(50).default([]),
});
export type PriorityAreaRequest = z.infer<typeof PriorityAreaRequest>;

export const MoveRequest = z.object({ direction: z.enum(['up', 'down'], { error: 'Choose up or down' }) });

const ActionFields = z.object({
  reference: textField('the action reference', 10),
  title: textField('the action', 500),
  how: optionalTextField('how it will be done', 10_000),
  leadOfficer: optionalTextField('the lead officer', 200),
  ownerUserId: idField.nullable().default(null),
  partners: optionalTextField('the partners', 1000),
  startDate: optionalDateField('the start date'),
  dueDate: dateField('the due date'),
  successMeasures: optionalTextField('the success measures', 5000),
  risks: optionalTextField('the risks', 5000),
  findingIds: z.array(idField).max(50).optional(),
  dependsOn: z.array(idField).max(50).default([]),
});

export const ActionRequest = ActionFields.refine((v) => !v.startDate || v.dueDate >= v.startDate, {
  path: ['dueDate'],
  message: 'The due date must be the same as or after the start date',
});
export type ActionRequest = z.infer<typeof ActionRequest>;

/** Changes to an action: only the fields sent are changed (no defaults, so nothing is blanked by omission). */
export const ActionUpdateRequest = z.object({
  reference: textField('the action reference', 10).optional(),
  title: textField('the action', 500).optional(),
  how: boundedText('how it will be done', 10_000).optional(),
  leadOfficer: boundedText('the lead officer', 200).optional(),
  ownerUserId: idField.nullable().optional(),
  partners: boundedText('the partners', 1000).optional(),
  startDate: nullableDateField('the start date').optional(),
  dueDate: dateField('the due date').optional(),
  successMeasures: boundedText('the success measures', 5000).optional(),
  risks: boundedText('the risks', 5000).optional(),
  findingIds: z.array(idField).max(50).optional(),
  dependsOn: z.array(idField).max(50).optional(),
  status: z.enum(ACTION_STATUSES, { error: 'Select a status' }).optional(),
  priorityAreaId: idField.optional(),
});
export type ActionUpdateRequest = z.infer<typeof ActionUpdateRequest>;

export const MilestoneRequest = z.object({
  title: textField('the milestone', 300),
  dueDate: dateField('the milestone date'),
  completedOn: optionalDateField('the date it was completed'),
});

/** A progress update's fields (sent as form fields alongside evidence files). */
export const ProgressUpdateRequest = z.object({
  updateDate: dateField('the date of the update'),
  narrative: textField('what has happened', 10_000),
  percentComplete: z.coerce
    .number({ error: 'Enter how complete the action is, from 0 to 100' })
    .int('Enter a whole number from 0 to 100')
    .min(0, 'Enter a number from 0 to 100')
    .max(100, 'Enter a number from 0 to 100')
    .optional(),
  status: z.enum(ACTION_STATUSES, { error: 'Select a status' }).optional(),
});
export type ProgressUpdateRequest = z.infer<typeof ProgressUpdateRequest>;

export const RagOverrideRequest = z.object({
  rag: z.enum(OVERRIDE_RAGS, { error: 'Select a RAG rating' }),
  reason: textField('the reason for the rating', 2000),
});

export const TransitionRequest = z.object({
  to: z.enum(PLAN_STATUSES, { error: 'Select the next stage' }),
  occurredOn: dateField('the date'),
  note: optionalTextField('the note', 5000),
  meeting: optionalTextField('the meeting', 300),
  recommendations: z
    .array(
      z.object({
        committee: z.enum(COMMITTEES),
        meetingDate: dateField('the meeting date'),
        text: textField('the recommendation', 5000),
        response: optionalTextField('the response', 5000),
        status: z.enum(RECOMMENDATION_STATUSES).default('open'),
      }),
    )
    .max(30)
    .default([]),
});
export type TransitionRequest = z.infer<typeof TransitionRequest>;

export const RecommendationUpdateRequest = z.object({
  response: optionalTextField('the response', 5000),
  status: z.enum(RECOMMENDATION_STATUSES),
});

export const CreateUserRequest = z.object({
  email: z.email({ error: 'Enter an email address in the correct format, like name@example.gov.uk' }),
  displayName: textField('the full name', 200),
  jobTitle: optionalTextField('the job title', 200),
  role: z.enum(ROLES, { error: 'Select a role' }),
  password: z.string().min(12, 'The password must be 12 characters or more').max(1024),
});

export const AuditQuery = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(320).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
