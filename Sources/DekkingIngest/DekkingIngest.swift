// The DekkingIngest stage is being built; see the open issue for its scope.
