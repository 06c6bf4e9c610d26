// What the shell mounts and calls for sharing: the components, the share helpers and the policy link.
export { ConfirmSharedPolicy, type ConfirmSharedPolicyProps } from './ConfirmSharedPolicy';
export { OpenBundle, type OpenBundleProps } from './OpenBundle';
export { policyFromFragment, policyLink } from './policy-link';
export { ShareContract, type ShareContractProps } from './ShareContract';
export { type ShareOutcome, type ShareTarget, shareFile, shareLink } from './share';
